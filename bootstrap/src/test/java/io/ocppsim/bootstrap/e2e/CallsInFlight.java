package io.ocppsim.bootstrap.e2e;

import io.ocppsim.adapter.events.InMemoryEventHistory;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Follows the charge point's OCPP traffic through its events, to wait until every CALL it sent has
 * had its answer read. Moving virtual time while an answer is still on its way would time the call
 * out in the simulator.
 */
final class CallsInFlight implements AutoCloseable {

    private final Set<Object> open = new HashSet<>();
    private final AutoCloseable subscription;

    CallsInFlight(InMemoryEventHistory events) {
        subscription = events.subscribe(this::onEvent);
    }

    private synchronized void onEvent(RecordedEvent recorded) {
        var event = recorded.event();
        Object type = event.data().get("message_type");
        Object uniqueId = event.data().get("unique_id");
        if (event.type() == EventType.OCPP_MESSAGE_SENT && "CALL".equals(type)) {
            open.add(uniqueId);
        } else if (event.type() == EventType.OCPP_MESSAGE_RECEIVED && uniqueId != null && !"CALL".equals(type)) {
            open.remove(uniqueId);
        }
        notifyAll();
    }

    /** Waits until no CALL of the charge point waits for its answer. */
    synchronized void awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("calls still waiting for their answer after " + timeout + ": " + open);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
