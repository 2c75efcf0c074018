package io.ocppsim.application.port.out;

import java.time.Duration;

/**
 * Runs work later, on a scheduler shared by every charge point. Tasks must be short and must not
 * block: they run on the scheduler's few threads. Tests use a virtual-time implementation.
 */
public interface SchedulerPort {

    /** Runs {@code task} once, after {@code delay}. */
    Scheduled schedule(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period}, the first time after {@code period}. */
    Scheduled scheduleEvery(Duration period, Runnable task);

    /** A scheduled task that can still be cancelled. */
    @FunctionalInterface
    interface Scheduled {

        /** Cancels the task; a run already under way finishes. Cancelling twice is harmless. */
        void cancel();

        /** A handle for nothing scheduled. */
        Scheduled NONE = () -> {
        };
    }
}
