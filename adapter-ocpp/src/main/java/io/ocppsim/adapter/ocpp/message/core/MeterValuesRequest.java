package io.ocppsim.adapter.ocpp.message.core;

import java.util.List;

/** MeterValues.req. */
public record MeterValuesRequest(int connectorId, Integer transactionId, List<MeterValue> meterValue) {
}
