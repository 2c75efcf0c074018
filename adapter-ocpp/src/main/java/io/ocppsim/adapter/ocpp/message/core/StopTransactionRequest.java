package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;
import java.util.List;

/**
 * StopTransaction.req: transaction {@code transactionId} stopped at {@code timestamp} with the meter
 * at {@code meterStop} Wh (these three are required). Optional: the {@code idTag} that stopped it
 * (at most 20 characters), the {@code reason} (Local when absent) and meter values taken during the
 * transaction ({@code transactionData}).
 */
public record StopTransactionRequest(String idTag, long meterStop, Instant timestamp, int transactionId, Reason reason,
        List<MeterValue> transactionData) {
}
