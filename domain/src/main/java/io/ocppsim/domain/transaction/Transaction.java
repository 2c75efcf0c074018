package io.ocppsim.domain.transaction;

import io.ocppsim.domain.meter.Energy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A charging session on one connector, from StartTransaction to StopTransaction.
 *
 * <p>The transaction exists from the moment the charge point starts it; the Central System's
 * {@link TransactionId} arrives later, with its answer to StartTransaction, and is then
 * {@linkplain #assignId assigned} once.
 */
public final class Transaction {

    /** How the transaction ended. */
    public record Stop(StopReason reason, Energy meterStop, Instant stoppedAt) {
        public Stop {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(meterStop, "meterStop");
            Objects.requireNonNull(stoppedAt, "stoppedAt");
        }
    }

    private final IdTag idTag;
    private final Energy meterStart;
    private final Instant startedAt;
    private final Integer reservationId;
    private TransactionId id;
    private Stop stop;

    public Transaction(IdTag idTag, Energy meterStart, Instant startedAt, Integer reservationId) {
        this.idTag = Objects.requireNonNull(idTag, "idTag");
        this.meterStart = Objects.requireNonNull(meterStart, "meterStart");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.reservationId = reservationId;
    }

    public IdTag idTag() {
        return idTag;
    }

    public Energy meterStart() {
        return meterStart;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Integer> reservationId() {
        return Optional.ofNullable(reservationId);
    }

    /** The Central System's id, once it has answered StartTransaction. */
    public Optional<TransactionId> id() {
        return Optional.ofNullable(id);
    }

    /** Records the id the Central System gave; it can be given only once. */
    public void assignId(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        if (id != null && !id.equals(transactionId)) {
            throw new IllegalStateException("transaction already has id " + id + ", cannot become " + transactionId);
        }
        id = transactionId;
    }

    public boolean isRunning() {
        return stop == null;
    }

    public Optional<Stop> stop() {
        return Optional.ofNullable(stop);
    }

    /** Ends the transaction; its connector calls this. The meter can only have moved forward since it started. */
    public Stop end(StopReason reason, Energy meterStop, Instant at) {
        if (stop != null) {
            throw new IllegalStateException("transaction already stopped");
        }
        if (meterStop.compareTo(meterStart) < 0) {
            throw new IllegalStateException("meterStop " + meterStop + " below meterStart " + meterStart);
        }
        stop = new Stop(reason, meterStop, at);
        return stop;
    }

    /** The energy delivered so far, given the current register. */
    public Energy energyDelivered(Energy register) {
        Energy end = stop != null ? stop.meterStop() : register;
        return Energy.ofWattHours(Math.max(0, end.wattHours() - meterStart.wattHours()));
    }

    @Override
    public String toString() {
        return "Transaction[id=" + id + ", idTag=" + idTag + ", meterStart=" + meterStart + ", startedAt=" + startedAt
                + ", stop=" + stop + "]";
    }
}
