package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/** StartTransaction.req: meterStart in Wh. */
public record StartTransactionRequest(int connectorId, String idTag, long meterStart, Integer reservationId,
        Instant timestamp) {
}
