package io.ocppsim.application.event;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something a user of the simulator may want to see: a connector change, a transaction, a fault, a
 * connection change, an OCPP message. {@code connectorId} is null for events of the charge point as
 * a whole; {@code data} holds the details as plain values (strings, numbers, booleans) in a stable
 * order.
 */
public record SimulatorEvent(Instant timestamp, EventType type, Severity severity, ChargePointId chargePointId,
        Integer connectorId, String message, Map<String, Object> data) {

    public SimulatorEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(message, "message");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
