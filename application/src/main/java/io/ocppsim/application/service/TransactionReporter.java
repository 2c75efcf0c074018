package io.ocppsim.application.service;

import io.ocppsim.application.port.out.CentralSystemPort.MeterValues;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStart;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStarted;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.meter.ReadingContext;
import io.ocppsim.domain.smartcharging.ChargingProfile;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Clock;
import io.ocppsim.domain.meter.Measurand;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells the Central System about transactions and meter values: StartTransaction when one starts,
 * MeterValues every MeterValueSampleInterval while it runs (the measurands of
 * MeterValuesSampledData), clock-aligned MeterValues every ClockAlignedDataInterval (of
 * MeterValuesAlignedData, on every connector), StopTransaction when it stops with the
 * transactionData of StopTxnSampledData (Transaction.Begin, every periodic sample, Transaction.End)
 * and StopTxnAlignedData, all through the charge point's {@link OutboundQueue}. Acts on the answer to StartTransaction: records the
 * transaction id and, for an idTag the Central System does not accept, stops the transaction
 * (DeAuthorized) or holds back energy, as StopTransactionOnInvalidId says.
 */
final class TransactionReporter {

    /**
     * The most samples a StopTransaction's transactionData carries; beyond it the oldest after
     * Transaction.Begin go, so a long transaction cannot grow its StopTransaction without bound.
     */
    static final int MAX_TRANSACTION_DATA = 100;

    private final CentralSystemPort centralSystem;
    private final SchedulerPort scheduler;
    private final Clock clock;
    private final ChargingSimulation simulation;

    TransactionReporter(CentralSystemPort centralSystem, SchedulerPort scheduler, Clock clock,
            ChargingSimulation simulation) {
        this.centralSystem = centralSystem;
        this.scheduler = scheduler;
        this.clock = clock;
        this.simulation = simulation;
    }

    /** A transaction started on the connector. Under the charge point's lock. */
    void started(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx) {
        CompletableFuture<TransactionStarted> answer = cp.startAnswer(tx);
        cp.outbound.add(message("StartTransaction",
                () -> centralSystem.startTransaction(cp.id(), new TransactionStart(connectorId, tx.idTag(),
                        tx.meterStart(), tx.startedAt(), tx.reservationId().orElse(null))),
                result -> {
                    TransactionStarted started = (TransactionStarted) result;
                    onStartAnswer(cp, connectorId, tx, started);
                    answer.complete(started);
                },
                error -> {
                    stopSampling(cp, connectorId, tx);
                    answer.completeExceptionally(error);
                }));
        Connector connector = cp.connector(connectorId);
        simulation.transactionStarted(cp);
        cp.transactionData.put(tx, new ArrayList<>());
        record(cp, tx, connector.sample(tx.startedAt(), ReadingContext.TRANSACTION_BEGIN),
                ConfigurationKey.StopTxnSampledData);
        startSampling(cp, connectorId, tx);
    }

    /** Keeps the measurands of {@code key} (StopTxnSampledData or StopTxnAlignedData) for the transaction's end. */
    private static void record(SimulatedChargePoint cp, Transaction tx, MeterSample sample, ConfigurationKey key) {
        List<MeterSample> data = cp.transactionData.get(tx);
        if (data == null) {
            return;
        }
        sample.only(cp.configuration().measurands(key)).ifPresent(chosen -> {
            if (data.size() >= MAX_TRANSACTION_DATA) {
                boolean keepsBegin = data.get(0).values().get(0).context() == ReadingContext.TRANSACTION_BEGIN;
                data.remove(keepsBegin ? 1 : 0);
            }
            data.add(chosen);
        });
    }

    /** ClockAlignedDataInterval is in force from now: the next clock-aligned values come at its next multiple. Under the lock. */
    void restartAligned(SimulatedChargePoint cp) {
        scheduleAligned(cp, clock.instant());
    }

    /** Schedules the first clock-aligned sample after {@code after} (and after now). Under the lock. */
    private void scheduleAligned(SimulatedChargePoint cp, Instant after) {
        cp.alignedTimer.cancel();
        cp.alignedTimer = SchedulerPort.Scheduled.NONE;
        Duration interval = cp.configuration().seconds(ConfigurationKey.ClockAlignedDataInterval);
        if (interval.isZero()) {
            return;
        }
        Instant now = clock.instant();
        Instant next = nextAligned(after.isAfter(now) ? after : now, interval);
        cp.alignedTimer = scheduler.schedule(Duration.between(now, next), () -> sampleAligned(cp, next));
    }

    /**
     * The first clock-aligned instant after {@code now}: the intervals start at midnight (UTC) every
     * day, so with an interval that does not divide the day the last one of a day is shorter.
     */
    static Instant nextAligned(Instant now, Duration interval) {
        Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
        long intoDay = Duration.between(midnight, now).toNanos();
        long step = interval.toNanos();
        Instant next = midnight.plusNanos((intoDay / step + 1) * step);
        Instant nextMidnight = midnight.plus(Duration.ofDays(1));
        return next.isAfter(nextMidnight) ? nextMidnight : next;
    }

    private void sampleAligned(SimulatedChargePoint cp, Instant at) {
        cp.change(chargePoint -> {
            List<Measurand> aligned = cp.configuration().measurands(ConfigurationKey.MeterValuesAlignedData);
            for (Connector connector : chargePoint.connectors()) {
                MeterSample all = connector.sample(clock.instant(), ReadingContext.SAMPLE_CLOCK);
                MeterSample sample = new MeterSample(at, all.values());
                Transaction tx = connector.transaction().orElse(null);
                if (tx != null) {
                    record(cp, tx, sample, ConfigurationKey.StopTxnAlignedData);
                }
                ConnectorId connectorId = connector.id();
                sample.only(aligned).ifPresent(chosen -> cp.outbound.add(OutboundQueue.message("MeterValues",
                        tx != null,
                        () -> centralSystem.meterValues(cp.id(), new MeterValues(connectorId,
                                tx == null ? null : tx.id().orElse(null), List.of(chosen))),
                        result -> {
                        },
                        error -> {
                        })));
            }
            scheduleAligned(cp, at);
            return null;
        });
    }

    /** Samples every MeterValueSampleInterval while the transaction runs (none when it is 0). Under the lock. */
    private void startSampling(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx) {
        Duration interval = cp.configuration().seconds(ConfigurationKey.MeterValueSampleInterval);
        Scheduled previous = cp.meterValueTimers.remove(connectorId);
        if (previous != null) {
            previous.cancel();
        }
        if (!interval.isZero()) {
            cp.meterValueTimers.put(connectorId,
                    scheduler.scheduleEvery(interval, () -> samplePeriodically(cp, connectorId, tx)));
        }
    }

    /** MeterValueSampleInterval changed: running transactions sample at the new interval from now. Under the lock. */
    void restartSampling(SimulatedChargePoint cp) {
        for (Connector connector : cp.chargePoint().connectors()) {
            connector.transaction().ifPresent(tx -> startSampling(cp, connector.id(), tx));
        }
    }

    /**
     * Sends the connector's meter values now, with context Trigger: TriggerMessage. Inside a
     * transaction they are a transaction message. Under the lock.
     */
    void sampleOnRequest(SimulatedChargePoint cp, Connector connector) {
        MeterSample all = connector.sample(clock.instant(), ReadingContext.TRIGGER);
        MeterSample sample = all.only(cp.configuration().measurands(ConfigurationKey.MeterValuesSampledData))
                .orElse(all);
        Transaction tx = connector.transaction().orElse(null);
        ConnectorId connectorId = connector.id();
        cp.outbound.add(OutboundQueue.message("MeterValues", tx != null,
                () -> centralSystem.meterValues(cp.id(), new MeterValues(connectorId, tx == null ? null : idOf(tx),
                        List.of(sample))),
                result -> {
                },
                error -> {
                }));
    }

    /** The transaction on the connector stopped. Under the charge point's lock. */
    void stopped(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx, Transaction.Stop stop) {
        stopSampling(cp, connectorId, tx);
        simulation.transactionStopped(cp);
        record(cp, tx, cp.connector(connectorId).sample(stop.stoppedAt(), ReadingContext.TRANSACTION_END),
                ConfigurationKey.StopTxnSampledData);
        List<MeterSample> data = cp.transactionData.remove(tx);
        List<MeterSample> transactionData = data == null ? List.of() : List.copyOf(data);
        cp.outbound.add(message("StopTransaction",
                () -> centralSystem.stopTransaction(cp.id(), new TransactionStop(idOf(tx), tx.idTag(),
                        stop.meterStop(), stop.stoppedAt(), stop.reason(), transactionData)),
                result -> {
                    ((Optional<?>) result).ifPresent(info -> learn(cp, tx.idTag(), (IdTagInfo) info));
                    cp.forgetSettledStartAnswers();
                },
                error -> cp.forgetSettledStartAnswers()));
    }

    /**
     * Stops the MeterValues of the transaction: it ended, or its StartTransaction was given up, so
     * the Central System could not place them.
     */
    private static void stopSampling(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx) {
        if (cp.connector(connectorId).lastTransaction().orElse(null) != tx) {
            return; // a later transaction samples on this connector now
        }
        Scheduled timer = cp.meterValueTimers.remove(connectorId);
        if (timer != null) {
            timer.cancel();
        }
    }

    private void samplePeriodically(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx) {
        cp.change(chargePoint -> {
            if (!tx.isRunning()) {
                return null;
            }
            Connector connector = cp.connector(connectorId);
            MeterSample all = connector.sample(clock.instant(), ReadingContext.SAMPLE_PERIODIC);
            record(cp, tx, all, ConfigurationKey.StopTxnSampledData);
            Optional<MeterSample> chosen = all.only(cp.configuration().measurands(ConfigurationKey.MeterValuesSampledData));
            if (chosen.isEmpty()) {
                return null; // MeterValuesSampledData names nothing this meter measures
            }
            MeterSample sample = chosen.get();
            cp.outbound.add(message("MeterValues",
                    () -> centralSystem.meterValues(cp.id(), new MeterValues(connectorId, idOf(tx), List.of(sample))),
                    result -> {
                    },
                    error -> {
                    }));
            return null;
        });
    }

    private void onStartAnswer(SimulatedChargePoint cp, ConnectorId connectorId, Transaction tx,
            TransactionStarted answer) {
        cp.change(chargePoint -> {
            tx.assignId(answer.transactionId());
            learn(cp, tx.idTag(), answer.idTagInfo());
            Connector connector = cp.connector(connectorId);
            ChargingProfile profile = cp.remoteStartProfiles.remove(tx);
            if (profile != null && tx.isRunning()) {
                cp.chargingProfiles.set(connectorId.value(), profile, answer.transactionId().value());
                simulation.limitsChanged(cp);
            }
            if (!answer.idTagInfo().isAccepted() && tx.isRunning() && connector.transaction().orElse(null) == tx) {
                if (cp.configuration().flag(ConfigurationKey.StopTransactionOnInvalidId)) {
                    connector.stopTransaction(StopReason.DeAuthorized, clock.instant());
                } else if (!connector.isEvseSuspended()) {
                    connector.suspendByEvse(clock.instant());
                }
            }
            return null;
        });
    }

    /** Remembers what the Central System said about an idTag, as the authorization cache rules say. */
    private void learn(SimulatedChargePoint cp, IdTag idTag, IdTagInfo info) {
        cp.localAuthorizer.learn(idTag, info, clock.instant(),
                cp.configuration().flag(ConfigurationKey.AuthorizationCacheEnabled),
                cp.configuration().flag(ConfigurationKey.LocalAuthListEnabled));
    }

    private static TransactionId idOf(Transaction tx) {
        return tx.id().orElseThrow(() -> new IllegalStateException(
                "the Central System never gave this transaction an id: its StartTransaction was given up"));
    }

    private static OutboundQueue.Message message(String action, Supplier<CompletionStage<?>> send,
            Consumer<Object> delivered, Consumer<Throwable> abandoned) {
        return OutboundQueue.message(action, true, send, delivered, abandoned);
    }
}
