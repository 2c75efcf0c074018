package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every frame and violation in order, and waiting for a condition on them without sleeping:
 * each change signals a {@link Condition} that waiters re-check their condition on.
 */
final class FrameLog {

    private static final Logger LOG = System.getLogger(FrameLog.class.getPackageName());
    private static final int DUMPED_FRAMES = 40;
    private static final int DUMPED_TEXT = 400;

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Frame> frames = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    FrameLog(Clock clock) {
        this.clock = clock;
    }

    Frame record(String chargePointId, Direction direction, String text, JsonNode parsed, String action,
                 MessageType type) {
        Frame frame = new Frame(clock.instant(), chargePointId, direction, text, parsed, action, type);
        LOG.log(Level.DEBUG, () -> chargePointId + (direction == Direction.IN ? " -> " : " <- ") + text);
        lock.lock();
        try {
            frames.add(frame);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return frame;
    }

    void violation(String chargePointId, Violation.Kind kind, ErrorCode code, String action, String uniqueId,
                   String detail, String frame) {
        Violation violation = new Violation(clock.instant(), chargePointId, kind, code, action, uniqueId, detail,
                frame);
        LOG.log(Level.INFO, () -> "Violation: " + violation);
        lock.lock();
        try {
            violations.add(violation);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the waiters so they re-check state kept elsewhere (connections). */
    void signalChange() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<Frame> frames() {
        lock.lock();
        try {
            return List.copyOf(frames);
        } finally {
            lock.unlock();
        }
    }

    List<Violation> violations() {
        lock.lock();
        try {
            return List.copyOf(violations);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            frames.clear();
            violations.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** What was recorded at one moment. */
    record Snapshot(List<Frame> frames, List<Violation> violations) {
    }

    /**
     * Returns the first value {@code probe} finds in what was recorded so far or later,
     * re-checking on every change.
     *
     * @throws AwaitTimeoutError naming {@code what} and dumping the recent frames
     */
    <T> T await(Function<Snapshot, Optional<T>> probe, Duration timeout, Supplier<String> what,
                Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = probe.apply(new Snapshot(List.copyOf(frames), List.copyOf(violations)));
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AwaitTimeoutError("Timed out after " + timeout + " waiting for " + what.get()
                            + "\n" + dump() + context.get());
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwaitTimeoutError("Interrupted while waiting for " + what.get());
        } finally {
            lock.unlock();
        }
    }

    private String dump() {
        StringBuilder out = new StringBuilder();
        int from = Math.max(0, frames.size() - DUMPED_FRAMES);
        out.append("Frames (").append(frames.size() - from).append(" most recent of ").append(frames.size())
                .append("):\n");
        frames.subList(from, frames.size()).forEach(frame -> out.append("  ").append(shorten(frame.toString()))
                .append('\n'));
        out.append("Violations (").append(violations.size()).append("):\n");
        violations.forEach(violation -> out.append("  ").append(shorten(violation.toString())).append('\n'));
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= DUMPED_TEXT ? text : text.substring(0, DUMPED_TEXT) + "…";
    }
}
