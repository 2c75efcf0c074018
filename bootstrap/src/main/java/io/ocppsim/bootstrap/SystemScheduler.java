package io.ocppsim.bootstrap;

import io.ocppsim.application.port.out.SchedulerPort;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scheduler every charge point of the process shares: a couple of daemon threads on the
 * system clock. A task that throws is logged and, if periodic, keeps its schedule.
 */
final class SystemScheduler implements SchedulerPort, AutoCloseable {

    private static final Logger LOG = System.getLogger(SystemScheduler.class.getName());

    private final ScheduledThreadPoolExecutor executor;

    SystemScheduler(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, "ocppsim-scheduler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Nanoseconds, at least 0 and at most {@link #LONGEST} (a date centuries ahead would overflow). */
    private static long nanos(Duration delay) {
        return delay.isNegative() ? 0 : delay.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : delay.toNanos();
    }

    /** The longest wait: a hundred years; anything later is as good as never. */
    static final Duration LONGEST = Duration.ofDays(36_500);

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(guarded(task), nanos(delay),
                TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Scheduled scheduleEvery(Duration period, Runnable task) {
        long nanos = Math.max(1, nanos(period));
        ScheduledFuture<?> future = executor.scheduleAtFixedRate(guarded(task), nanos, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a scheduled task failed", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
