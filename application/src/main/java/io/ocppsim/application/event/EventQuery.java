package io.ocppsim.application.event;

import io.ocppsim.domain.common.InvalidValueException;
import java.util.Objects;
import java.util.Set;

/**
 * Which recorded events to return: the most recent {@code limit} that have at least
 * {@code minSeverity}, one of {@code types} (all when empty) and one of {@code connectorIds} (all
 * when empty).
 */
public record EventQuery(int limit, Severity minSeverity, Set<EventType> types, Set<Integer> connectorIds) {

    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Objects.requireNonNull(minSeverity, "minSeverity");
        types = Set.copyOf(types);
        connectorIds = Set.copyOf(connectorIds);
    }

    public static EventQuery latest(int limit) {
        return new EventQuery(limit, Severity.DEBUG, Set.of(), Set.of());
    }

    public boolean matches(SimulatorEvent event) {
        return event.severity().isAtLeast(minSeverity) && (types.isEmpty() || types.contains(event.type()))
                && (connectorIds.isEmpty() || connectorIds.contains(event.connectorId()));
    }
}
