package io.ocppsim.application.testing;

import io.ocppsim.application.port.out.SchedulerPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A clock and a scheduler on virtual time, for tests: time stands still until
 * {@link #advance(Duration)} moves it, running every task that falls due on the way, each at its
 * due time, in order. An hour of simulated charging takes milliseconds and the same steps give the
 * same results.
 *
 * <p>Thread-safe: tasks may be scheduled from any thread. Tasks run on the thread that advances
 * time, outside the internal lock.
 */
public final class VirtualTime implements SchedulerPort {

    private final class Task implements Scheduled {
        final long sequence;
        final Runnable action;
        final Duration period;
        Instant due;
        volatile boolean cancelled;

        Task(long sequence, Instant due, Duration period, Runnable action) {
            this.sequence = sequence;
            this.due = due;
            this.period = period;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
            synchronized (VirtualTime.this) {
                queue.remove(this);
            }
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> {
        int byTime = a.due.compareTo(b.due);
        return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
    });
    private Instant now;
    private long sequence;

    public VirtualTime(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    public VirtualTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public synchronized Instant now() {
        return now;
    }

    /** A clock that reads this virtual time. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        return add(delay, null, task);
    }

    @Override
    public synchronized Scheduled scheduleEvery(Duration period, Runnable task) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        return add(period, period, task);
    }

    private Task add(Duration delay, Duration period, Runnable action) {
        Task task = new Task(sequence++, now.plus(delay.isNegative() ? Duration.ZERO : delay), period, action);
        queue.add(task);
        return task;
    }

    /** Moves time forward by {@code duration}, running what falls due, each at its own due time. */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due.isAfter(target)) {
                    now = target;
                    return;
                }
                queue.poll();
                now = next.due;
                if (next.period != null) {
                    next.due = next.due.plus(next.period);
                    queue.add(next);
                }
            }
            if (!next.cancelled) {
                next.action.run();
            }
        }
    }

    /** Runs the tasks due now, without moving time. */
    public void runDueTasks() {
        advance(Duration.ZERO);
    }
}
