package io.ocppsim.adapter.rest.connector;

import java.time.Instant;

/**
 * A transaction as the API shows it. {@code transactionId} is null until the Central System has
 * answered StartTransaction; the stop fields are null while it runs.
 */
public record TransactionResponse(Integer transactionId, String idTag, long meterStartWh, Instant startedAt,
        Integer reservationId, double energyDeliveredWh, boolean running, String stopReason, Long meterStopWh,
        Instant stoppedAt) {
}
