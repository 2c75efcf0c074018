package io.ocppsim.adapter.ocpp.message.core;

import java.util.List;

/**
 * MeterValues.req: samples of a connector (0 = the main meter), optionally of a transaction.
 * {@code connectorId} and {@code meterValue} are required.
 */
public record MeterValuesRequest(int connectorId, Integer transactionId, List<MeterValue> meterValue) {
}
