package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The simulated charge points of this process, by id, in the order they were added. */
final class ChargePointRegistry {

    private final Map<ChargePointId, SimulatedChargePoint> byId = new ConcurrentHashMap<>();
    private final List<ChargePointId> order = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final DomainEventHandler eventHandler;
    private final Function<SimulatedChargePoint, OutboundQueue> queueFactory;

    ChargePointRegistry(Clock clock, DomainEventHandler eventHandler,
            Function<SimulatedChargePoint, OutboundQueue> queueFactory) {
        this.clock = clock;
        this.eventHandler = eventHandler;
        this.queueFactory = queueFactory;
    }

    synchronized SimulatedChargePoint add(ChargePointSettings settings) {
        if (byId.containsKey(settings.id())) {
            throw new InvalidValueException("chargePointId", "a charge point with id " + settings.id() + " exists");
        }
        ChargePoint chargePoint = new ChargePoint(settings.id(), settings.vendorInfo(), settings.connectorCount(),
                settings::charging, seedOf(settings), clock.instant());
        SimulatedChargePoint cp = new SimulatedChargePoint(chargePoint, settings, eventHandler, queueFactory);
        byId.put(settings.id(), cp);
        order.add(settings.id());
        return cp;
    }

    /** The charge point's own seed: the settings' seed mixed with its id, so charge points draw apart. */
    static long seedOf(ChargePointSettings settings) {
        return settings.seed() * 0x9E3779B97F4A7C15L + settings.id().value().hashCode();
    }

    Optional<SimulatedChargePoint> find(ChargePointId id) {
        return Optional.ofNullable(byId.get(id));
    }

    SimulatedChargePoint require(ChargePointId id) {
        return find(id).orElseThrow(() -> new RefusedException(RefusedException.Reason.CHARGE_POINT_NOT_FOUND,
                "no charge point with id " + id, Map.of("charge_point_id", id.value())));
    }

    List<ChargePointId> ids() {
        return List.copyOf(order);
    }

    List<SimulatedChargePoint> all() {
        return order.stream().map(byId::get).toList();
    }
}
