package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ChargePointView;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.GetConfigurationUseCase;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.HealthView;
import io.ocppsim.application.port.in.SimulatorStatus;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.Connector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads charge points, connectors and the simulator's health. */
public final class QueryService implements GetConnectorsUseCase, GetSimulatorStatusUseCase, GetConfigurationUseCase {

    private final ChargePointRegistry registry;
    private final ConnectorChanges changes;
    private final ConnectionService connections;
    private final Clock clock;
    private final String version;
    private final Instant startedAt;

    QueryService(ChargePointRegistry registry, ConnectorChanges changes, ConnectionService connections, Clock clock,
            String version) {
        this.registry = registry;
        this.changes = changes;
        this.connections = connections;
        this.clock = clock;
        this.version = version;
        this.startedAt = clock.instant();
    }

    @Override
    public List<ConnectorView> connectors(ChargePointId id) {
        SimulatedChargePoint cp = registry.require(id);
        return cp.read(chargePoint -> connectorViews(cp, chargePoint));
    }

    @Override
    public ConnectorView connector(ConnectorRef ref) {
        return changes.read(ref);
    }

    @Override
    public SimulatorStatus status() {
        List<ChargePointView> chargePoints = registry.all().stream().map(this::view).toList();
        return new SimulatorStatus(version, startedAt, uptime().toSeconds(), chargePoints);
    }

    @Override
    public HealthView health() {
        List<SimulatedChargePoint> all = registry.all();
        int wanted = 0;
        int online = 0;
        for (SimulatedChargePoint cp : all) {
            boolean[] state = cp.locked(() -> new boolean[] {cp.connectionWanted, cp.isOnline()});
            wanted += state[0] ? 1 : 0;
            online += state[0] && state[1] ? 1 : 0;
        }
        return new HealthView(online == wanted ? "UP" : "DEGRADED", all.size(), online, uptime().toSeconds());
    }

    @Override
    public List<ChargePointId> chargePoints() {
        return registry.ids();
    }

    ChargePointView view(SimulatedChargePoint cp) {
        return cp.read(chargePoint -> new ChargePointView(cp.id().value(),
                chargePoint.vendorInfo().chargePointVendor(), chargePoint.vendorInfo().chargePointModel(),
                chargePoint.vendorInfo().firmwareVersion(), chargePoint.connectorCount(), connections.view(cp),
                connectorViews(cp, chargePoint)));
    }

    private List<ConnectorView> connectorViews(SimulatedChargePoint cp, ChargePoint chargePoint) {
        Instant now = clock.instant();
        return chargePoint.allConnectors().stream().map((Connector c) -> Views.connector(cp, c, now)).toList();
    }

    Duration uptime() {
        return Duration.between(startedAt, clock.instant());
    }

    @Override
    public List<ConfigurationKeyView> configuration(ChargePointId chargePoint) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return cp.locked(() -> cp.configuration().report(List.of()).entries().stream()
                .map(entry -> new ConfigurationKeyView(entry.key(), entry.readOnly(), entry.value()))
                .toList());
    }
}
