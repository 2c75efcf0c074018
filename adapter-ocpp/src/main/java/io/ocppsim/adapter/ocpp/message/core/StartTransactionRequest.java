package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/**
 * StartTransaction.req: a transaction started on {@code connectorId} (&gt; 0) for {@code idTag} (at
 * most 20 characters) with the meter at {@code meterStart} Wh, at {@code timestamp}; optionally
 * ending the reservation {@code reservationId}. All but {@code reservationId} are required.
 */
public record StartTransactionRequest(int connectorId, String idTag, long meterStart, Integer reservationId,
        Instant timestamp) {
}
