package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorDomainEvent.AuthorizationExpired;
import io.ocppsim.domain.connector.ConnectorDomainEvent.CablePluggedIn;
import io.ocppsim.domain.connector.ConnectorDomainEvent.IdTagAuthorized;
import io.ocppsim.domain.connector.ConnectorDomainEvent.ReservationEnded;
import io.ocppsim.domain.connector.ConnectorDomainEvent.StatusChanged;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStarted;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStopped;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.fault.Fault;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.Map;

/**
 * Acts on what happened to a charge point: publishes every domain event, tells the Central System
 * about status changes (StatusNotification, while online; after a boot the charge point reports
 * every connector afresh) and transactions, all through the charge point's {@link OutboundQueue},
 * and keeps the ConnectionTimeOut timer of an idTag that waits for a cable. Runs under the charge
 * point's lock.
 */
final class DomainEventHandler {

    private static final Logger LOG = System.getLogger(DomainEventHandler.class.getName());

    private final CentralSystemPort centralSystem;
    private final SchedulerPort scheduler;
    private final Clock clock;
    private final EventFactory events;
    private final TransactionReporter transactions;
    private final ChargingSimulation simulation;

    DomainEventHandler(CentralSystemPort centralSystem, SchedulerPort scheduler, Clock clock, EventFactory events,
            TransactionReporter transactions, ChargingSimulation simulation) {
        this.simulation = simulation;
        this.centralSystem = centralSystem;
        this.scheduler = scheduler;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    /** Acts on one event. A failure here is reported and does not keep the next events from being handled. */
    void handle(SimulatedChargePoint cp, DomainEvent event) {
        try {
            events.publish(cp.id(), event);
            switch (event) {
                case StatusChanged e -> {
                    if (cp.isOnline()) {
                        reportStatus(cp, new StatusReport(e.connectorId(), e.to(), e.errorCode(), e.info(),
                                e.vendorErrorCode(), e.occurredAt()));
                    }
                }
                case TransactionStarted e -> {
                    cp.transactionsStarted.merge(e.connectorId().value(), 1L, Long::sum);
                    cancelCableTimer(cp, e.connectorId());
                    SimulatedChargePoint.RemoteStartProfile pending = cp.pendingRemoteStartProfiles.remove(e.connectorId());
                    if (pending != null && pending.idTag().sameAs(e.transaction().idTag())) {
                        cp.remoteStartProfiles.put(e.transaction(), pending.profile());
                    }
                    transactions.started(cp, e.connectorId(), e.transaction());
                }
                case TransactionStopped e -> {
                    transactions.stopped(cp, e.connectorId(), e.transaction(), e.stop());
                    cp.chargingProfiles.transactionEnded(e.connectorId().value());
                    simulation.limitsChanged(cp); // its TxProfile went, and a share of the maximum is free
                    cp.remoteStartProfiles.remove(e.transaction());
                    if (cp.pendingReboot != null && cp.chargePoint().connectors().stream()
                            .noneMatch(c -> c.transaction().isPresent())) {
                        Runnable reboot = cp.pendingReboot;
                        cp.pendingReboot = null;
                        reboot.run();
                    }
                }
                case ReservationEnded e -> {
                    Scheduled expiry = cp.reservationTimers.remove(e.reservation().reservationId());
                    if (expiry != null) {
                        expiry.cancel();
                    }
                }
                case IdTagAuthorized e -> startCableTimer(cp, e.connectorId());
                case AuthorizationExpired e -> cp.pendingRemoteStartProfiles.remove(e.connectorId());
                case CablePluggedIn e -> cancelCableTimer(cp, e.connectorId());
                default -> {
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "handling " + event + " failed", e);
        }
    }

    /** Sends the current status of connector 0 and every connector: after a boot. Under the lock. */
    void reportAllStatuses(SimulatedChargePoint cp) {
        for (Connector connector : cp.chargePoint().allConnectors()) {
            reportStatus(cp, connector);
        }
    }

    /** Queues a StatusNotification behind what the charge point reported before. */
    void reportStatus(SimulatedChargePoint cp, StatusReport report) {
        cp.outbound.add(OutboundQueue.message("StatusNotification", false,
                () -> centralSystem.statusNotification(cp.id(), report),
                answer -> {
                    // nothing to learn from an empty answer
                },
                cause -> {
                    if (!(Failures.unwrap(cause) instanceof CentralSystemException.NotConnected)) {
                        events.publish(cp.id(), report.connectorId().value(), EventType.CENTRAL_SYSTEM_CALL_FAILED,
                                Severity.WARNING,
                                "StatusNotification " + report.status() + " failed: " + Failures.describe(cause),
                                Map.of("action", "StatusNotification", "error", Failures.describe(cause)));
                    }
                }));
    }

    /** Queues a StatusNotification with the connector's status now. */
    void reportStatus(SimulatedChargePoint cp, Connector connector) {
        Fault fault = connector.latestFault().orElse(null);
        reportStatus(cp, new StatusReport(connector.id(), connector.status(), connector.errorCode(),
                fault != null ? fault.info() : null, fault != null ? fault.vendorErrorCode() : null, clock.instant()));
    }

    private void startCableTimer(SimulatedChargePoint cp, ConnectorId connectorId) {
        Connector connector = cp.connector(connectorId);
        if (connector.isCablePlugged() || connector.transaction().isPresent()) {
            return;
        }
        cancelCableTimer(cp, connectorId);
        Scheduled timer = scheduler.schedule(cp.configuration().seconds(ConfigurationKey.ConnectionTimeOut), () -> cp.change(chargePoint -> {
            cp.cableTimers.remove(connectorId);
            return cp.connector(connectorId).expireAuthorization(clock.instant());
        }));
        cp.cableTimers.put(connectorId, timer);
    }

    private static void cancelCableTimer(SimulatedChargePoint cp, ConnectorId connectorId) {
        Scheduled timer = cp.cableTimers.remove(connectorId);
        if (timer != null) {
            timer.cancel();
        }
    }
}
