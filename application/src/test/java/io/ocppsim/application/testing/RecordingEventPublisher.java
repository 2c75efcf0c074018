package io.ocppsim.application.testing;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventHistoryPort;
import io.ocppsim.application.port.out.EventPublisherPort;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Keeps every published event, for assertions, and lets a test wait (with a deadline, without
 * sleeping) until the events satisfy a condition.
 */
public final class RecordingEventPublisher implements EventPublisherPort, EventHistoryPort {

    private final List<SimulatorEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(SimulatorEvent event) {
        events.add(event);
        notifyAll();
    }

    /**
     * Waits until {@code condition} holds for the events published so far.
     *
     * @throws AssertionError after {@code timeout}, listing the events
     */
    public synchronized List<SimulatorEvent> await(Predicate<List<SimulatorEvent>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the events did not come within " + timeout + "; events so far:\n  "
                        + String.join("\n  ", events.stream().map(e -> e.type().label() + " " + e.message()).toList()));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for events", e);
            }
        }
        return List.copyOf(events);
    }

    /** Waits for an event of {@code type} whose message contains {@code text}, and returns it. */
    public SimulatorEvent await(EventType type, String text, Duration timeout) {
        await(all -> all.stream().anyMatch(e -> e.type() == type && e.message().contains(text)), timeout);
        return events(type).stream().filter(e -> e.message().contains(text)).findFirst().orElseThrow();
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
