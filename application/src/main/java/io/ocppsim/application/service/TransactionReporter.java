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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells the Central System about transactions: StartTransaction when one starts, MeterValues every
 * MeterValueSampleInterval while it runs, StopTransaction when it stops, all through the charge
 * point's {@link OutboundQueue}. Acts on the answer to StartTransaction: records the
 * transaction id and, for an idTag the Central System does not accept, stops the transaction
 * (DeAuthorized) or holds back energy, as StopTransactionOnInvalidId says.
 */
final class TransactionReporter {

    private final CentralSystemPort centralSystem;
    private final SchedulerPort scheduler;
    private final Clock clock;

    TransactionReporter(CentralSystemPort centralSystem, SchedulerPort scheduler, Clock clock) {
        this.centralSystem = centralSystem;
        this.scheduler = scheduler;
        this.clock = clock;
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
        startSampling(cp, connectorId, tx);
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
        cp.outbound.add(message("StopTransaction",
                () -> centralSystem.stopTransaction(cp.id(), new TransactionStop(idOf(tx), tx.idTag(),
                        stop.meterStop(), stop.stoppedAt(), stop.reason(), List.of())),
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
            Optional<MeterSample> chosen = connector.sample(clock.instant(), ReadingContext.SAMPLE_PERIODIC)
                    .only(cp.configuration().measurands(ConfigurationKey.MeterValuesSampledData));
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
