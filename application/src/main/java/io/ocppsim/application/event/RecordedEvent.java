package io.ocppsim.application.event;

import java.util.Objects;

/** An event as the history keeps it, with an id that grows with every event recorded. */
public record RecordedEvent(long id, SimulatorEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(event, "event");
    }
}
