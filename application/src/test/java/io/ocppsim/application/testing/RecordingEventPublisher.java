package io.ocppsim.application.testing;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventHistoryPort;
import io.ocppsim.application.port.out.EventPublisherPort;
import java.util.ArrayList;
import java.util.List;

/** Keeps every published event, for assertions. */
public final class RecordingEventPublisher implements EventPublisherPort, EventHistoryPort {

    private final List<SimulatorEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(SimulatorEvent event) {
        events.add(event);
    }

    public synchronized List<SimulatorEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<SimulatorEvent> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    public synchronized List<EventType> types() {
        return events.stream().map(SimulatorEvent::type).toList();
    }

    @Override
    public synchronized List<RecordedEvent> recent(EventQuery query) {
        List<RecordedEvent> all = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (query.matches(events.get(i))) {
                all.add(new RecordedEvent(i + 1, events.get(i)));
            }
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - query.limit()), all.size()));
    }

    @Override
    public synchronized long recordedCount() {
        return events.size();
    }
}
