package io.ocppsim.adapter.ocpp.out;

import io.ocppsim.application.port.out.SchedulerPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link SchedulerPort} that passes everything on to another one (the test's virtual time) and
 * remembers the delay of every one-shot task it was given, so that a test can wait until the
 * application has scheduled something before it moves virtual time.
 *
 * <p>Some requests of the Central System set their work in motion only once the reply is on its
 * way (UpdateFirmware schedules the download at retrieveDate, for one). The Central System sees the
 * reply before that has necessarily happened; moving virtual time then could run past a timer that
 * does not exist yet. Taking a {@link #mark()} before the request and
 * {@linkplain #awaitScheduled awaiting} a task after it closes that gap without sleeping.
 */
final class WatchedScheduler implements SchedulerPort {

    private final SchedulerPort delegate;
    private final List<Duration> delays = new ArrayList<>();

    WatchedScheduler(SchedulerPort delegate) {
        this.delegate = delegate;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        Scheduled scheduled = delegate.schedule(delay, task);
        synchronized (this) {
            delays.add(delay);
            notifyAll();
        }
        return scheduled;
    }

    @Override
    public Scheduled scheduleEvery(Duration period, Runnable task) {
        return delegate.scheduleEvery(period, task);
    }

    /** How many one-shot tasks have been scheduled so far: a position to await from. */
    synchronized int mark() {
        return delays.size();
    }

    /**
     * Waits until a one-shot task whose delay matches has been scheduled after {@code mark}.
     *
     * @throws AssertionError when none comes within {@code timeout}
     */
    synchronized void awaitScheduled(int mark, Predicate<Duration> delay, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delays.subList(Math.min(mark, delays.size()), delays.size()).stream().noneMatch(delay)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching task was scheduled within " + timeout + "; delays since the mark: "
                        + delays.subList(Math.min(mark, delays.size()), delays.size()));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a scheduled task", e);
            }
        }
    }
}
