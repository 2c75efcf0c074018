package io.ocppsim.adapter.events;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventHistoryPort;
import io.ocppsim.application.port.out.EventPublisherPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Receives every simulator event, numbers it, keeps the most recent {@code capacity} of them for
 * queries, and hands each to its subscribers (the live event stream, the log).
 *
 * <p>Thread-safe. Publishing never blocks on anything but a short lock; subscribers are called on
 * the publishing thread, in order, and must not block either.
 */
public final class InMemoryEventHistory implements EventPublisherPort, EventHistoryPort {

    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final ArrayDeque<RecordedEvent> events;
    private final List<Consumer<RecordedEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long lastId;

    public InMemoryEventHistory() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryEventHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    @Override
    public void publish(SimulatorEvent event) {
        Objects.requireNonNull(event, "event");
        RecordedEvent recorded;
        lock.lock();
        try {
            recorded = new RecordedEvent(++lastId, event);
            if (events.size() == capacity) {
                events.removeFirst();
            }
            events.addLast(recorded);
            // Subscribers hear events in id order: still under the lock.
            for (Consumer<RecordedEvent> subscriber : subscribers) {
                subscriber.accept(recorded);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<RecordedEvent> recent(EventQuery query) {
        lock.lock();
        try {
            List<RecordedEvent> newestFirst = new ArrayList<>(Math.min(query.limit(), events.size()));
            for (Iterator<RecordedEvent> it = events.descendingIterator(); it.hasNext()
                    && newestFirst.size() < query.limit();) {
                RecordedEvent e = it.next();
                if (query.matches(e.event())) {
                    newestFirst.add(e);
                }
            }
            Collections.reverse(newestFirst);
            return List.copyOf(newestFirst);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long recordedCount() {
        lock.lock();
        try {
            return lastId;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands every event recorded from now on to {@code subscriber}, until the returned handle is
     * closed. A subscriber that throws is removed.
     */
    public AutoCloseable subscribe(Consumer<RecordedEvent> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Consumer<RecordedEvent> guarded = new Consumer<>() {
            @Override
            public void accept(RecordedEvent event) {
                try {
                    subscriber.accept(event);
                } catch (RuntimeException e) {
                    subscribers.remove(this);
                }
            }
        };
        subscribers.add(guarded);
        return () -> subscribers.remove(guarded);
    }

    public int capacity() {
        return capacity;
    }
}
