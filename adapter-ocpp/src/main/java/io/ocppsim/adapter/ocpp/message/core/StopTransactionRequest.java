package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;
import java.util.List;

/** StopTransaction.req: meterStop in Wh. */
public record StopTransactionRequest(String idTag, long meterStop, Instant timestamp, int transactionId, Reason reason,
        List<MeterValue> transactionData) {
}
