package io.ocppsim.domain.common;

import java.time.Instant;

/**
 * Something that happened to a charge point. Aggregates collect their events while they change and
 * hand them out with {@code pullEvents()}, so the application can publish them after the change.
 */
public interface DomainEvent {

    /** When it happened, on the simulator's clock. */
    Instant occurredAt();
}
