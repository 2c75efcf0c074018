package io.ocppsim.adapter.ocpp.sandbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction as the sandbox Central System knows it.
 *
 * @param transactionId the id the sandbox issued
 * @param chargePointId the charge point that started it
 * @param connectorId   from StartTransaction
 * @param idTag         from StartTransaction
 * @param meterStart    from StartTransaction, Wh
 * @param startedAt     the StartTransaction timestamp
 * @param stop          present once StopTransaction arrived
 */
public record SandboxTransaction(int transactionId, String chargePointId, int connectorId, String idTag,
                                 long meterStart, Instant startedAt, Optional<Stop> stop) {

    public SandboxTransaction {
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(stop, "stop");
    }

    /**
     * What StopTransaction reported.
     *
     * @param meterStop the meter at the stop, Wh
     * @param stoppedAt the StopTransaction timestamp
     * @param reason    the reason sent, or {@code Local} (the spec's default) when none was sent
     * @param idTag     the idTag sent with the stop, if any
     */
    public record Stop(long meterStop, Instant stoppedAt, String reason, Optional<String> idTag) {

        public Stop {
            Objects.requireNonNull(stoppedAt, "stoppedAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(idTag, "idTag");
        }
    }

    public boolean isRunning() {
        return stop.isEmpty();
    }

    SandboxTransaction stoppedWith(Stop stopped) {
        return new SandboxTransaction(transactionId, chargePointId, connectorId, idTag, meterStart, startedAt,
                Optional.of(stopped));
    }
}
