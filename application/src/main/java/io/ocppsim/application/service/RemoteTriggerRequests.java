package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ocpp.RemoteTriggerUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import java.util.List;

/**
 * TriggerMessage (OCPP 1.6 §5.17): the charge point answers Accepted and then sends the message
 * asked for, with what is true now, also while its boot is Pending (a Central System may use it
 * to look at a charge point before accepting it). A connectorId outside the charge point is Rejected;
 * without one, StatusNotification and MeterValues go for every connector.
 */
final class RemoteTriggerRequests implements RemoteTriggerUseCase {

    private final ChargePointRegistry registry;
    private final ConnectionService connections;
    private final DomainEventHandler domainEvents;
    private final TransactionReporter transactions;
    private final FirmwareRequests firmware;

    RemoteTriggerRequests(ChargePointRegistry registry, ConnectionService connections,
            DomainEventHandler domainEvents, TransactionReporter transactions, FirmwareRequests firmware) {
        this.registry = registry;
        this.connections = connections;
        this.domainEvents = domainEvents;
        this.transactions = transactions;
        this.firmware = firmware;
    }

    @Override
    public Reply<TriggerMessageStatus> triggerMessage(ChargePointId chargePoint, MessageTrigger requested,
            Integer connectorId) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        int count = cp.read(domain -> domain.connectorCount());
        if (connectorId != null && (connectorId < 0 || connectorId > count)) {
            return Reply.of(TriggerMessageStatus.Rejected);
        }
        Runnable send = switch (requested) {
            case BootNotification -> () -> cp.locked(() -> connections.bootAgain(cp));
            case Heartbeat -> () -> connections.heartbeatNow(cp);
            case StatusNotification -> () -> cp.locked(() -> cp.outbound.triggered(() -> connectors(cp, connectorId,
                    true).forEach(connector -> domainEvents.reportStatus(cp, connector))));
            case MeterValues -> () -> cp.locked(() -> cp.outbound.triggered(() -> connectors(cp, connectorId, false)
                    .forEach(connector -> transactions.sampleOnRequest(cp, connector))));
            case FirmwareStatusNotification -> () -> cp.locked(() -> cp.outbound.triggered(() ->
                    firmware.reportFirmwareStatus(cp)));
            case DiagnosticsStatusNotification -> () -> cp.locked(() -> cp.outbound.triggered(() ->
                    firmware.reportDiagnosticsStatus(cp)));
        };
        return Reply.of(TriggerMessageStatus.Accepted, send);
    }

    /** The connector asked for, or every one (with connector 0 for StatusNotification). Under the lock. */
    private static List<Connector> connectors(SimulatedChargePoint cp, Integer connectorId, boolean withZero) {
        if (connectorId != null) {
            return List.of(cp.connector(ConnectorId.of(connectorId)));
        }
        return withZero ? cp.chargePoint().allConnectors() : cp.chargePoint().connectors();
    }
}
