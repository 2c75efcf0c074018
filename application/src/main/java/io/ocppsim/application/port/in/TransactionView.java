package io.ocppsim.application.port.in;

import io.ocppsim.domain.transaction.StopReason;
import java.time.Instant;

/**
 * A transaction as the API shows it. {@code transactionId} is null until the Central System has
 * answered StartTransaction; the stop fields are null while it runs.
 */
public record TransactionView(Integer transactionId, String idTag, long meterStartWh, Instant startedAt,
        Integer reservationId, double energyDeliveredWh, boolean running, StopReason stopReason, Long meterStopWh,
        Instant stoppedAt) {
}
