package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.domain.connector.Connector;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

/** Applies an operation to one connector, now, and answers the connector as it then is. */
final class ConnectorChanges {

    private final ChargePointRegistry registry;
    private final Clock clock;

    ConnectorChanges(ChargePointRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    ConnectorView apply(ConnectorRef ref, BiConsumer<SimulatedChargePoint, Connector> operationAtNow) {
        SimulatedChargePoint cp = registry.require(ref.chargePointId());
        return cp.change(chargePoint -> {
            Connector connector = cp.connector(ref);
            operationAtNow.accept(cp, connector);
            return Views.connector(cp, connector, clock.instant());
        });
    }

    /** The connector as it is now. */
    ConnectorView read(ConnectorRef ref) {
        SimulatedChargePoint cp = registry.require(ref.chargePointId());
        return cp.read(chargePoint -> Views.connector(cp, cp.connector(ref), clock.instant()));
    }

    Instant now() {
        return clock.instant();
    }
}
