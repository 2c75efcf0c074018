package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The transaction messages of one charge point (StartTransaction, StopTransaction and the
 * MeterValues of a transaction), delivered one at a time and in order.
 *
 * <p>A message waits while the charge point is offline and goes out once it is online again. A
 * message the Central System answers with a CALLERROR, or does not answer in time, is sent again
 * after TransactionMessageRetryInterval times the number of attempts so far, up to
 * TransactionMessageAttempts attempts; then it is given up, and that is reported as an error event.
 * Each message is built when it is sent, so it carries what is known by then (such as the
 * transaction id from the answer to StartTransaction).
 *
 * <p>Used under the charge point's lock only.
 */
final class TransactionMessageQueue {

    /** One message: how to send it, and what to do with its answer. */
    interface Message {

        String action();

        /** Builds and sends the message; an exception here means it can never be sent. */
        CompletionStage<?> send();

        /** The Central System answered. Runs under the charge point's lock. */
        void delivered(Object answer);

        /** The message was given up. Runs under the charge point's lock. */
        void abandoned(Throwable cause);
    }

    private static final class Entry {
        final Message message;
        int attempts;

        Entry(Message message) {
            this.message = message;
        }
    }

    private final SimulatedChargePoint chargePoint;
    private final SchedulerPort scheduler;
    private final EventFactory events;
    private final Deque<Entry> queue = new ArrayDeque<>();
    private boolean inFlight;
    private Scheduled retryTimer;

    TransactionMessageQueue(SimulatedChargePoint chargePoint, SchedulerPort scheduler, EventFactory events) {
        this.chargePoint = chargePoint;
        this.scheduler = scheduler;
        this.events = events;
    }

    void add(Message message) {
        queue.add(new Entry(message));
        drain();
    }

    /** How many messages wait, the one in flight included. */
    int size() {
        return queue.size();
    }

    /** Sends the next message if nothing is in flight, no retry is pending and the charge point is online. */
    void drain() {
        if (inFlight || retryTimer != null || queue.isEmpty() || !chargePoint.isOnline()) {
            return;
        }
        Entry head = queue.peek();
        head.attempts++;
        inFlight = true;
        CompletionStage<?> answer;
        try {
            answer = head.message.send();
        } catch (RuntimeException cannotBeSent) {
            inFlight = false;
            giveUp(head, cannotBeSent);
            return;
        }
        answer.whenComplete((result, error) -> chargePoint.locked(() -> settle(head, result, error)));
    }

    private void settle(Entry head, Object result, Throwable error) {
        inFlight = false;
        if (queue.peek() != head) {
            return;
        }
        Throwable cause = error == null ? null : Failures.unwrap(error);
        if (cause == null) {
            queue.poll();
            head.message.delivered(result);
            drain();
        } else if (cause instanceof CentralSystemException.NotConnected) {
            // Not an attempt: the message goes out when the charge point is online again.
            head.attempts--;
        } else if (head.attempts >= chargePoint.settings().transactionMessageAttempts()) {
            giveUp(head, cause);
        } else {
            Duration wait = chargePoint.settings().transactionMessageRetryInterval().multipliedBy(head.attempts);
            retryTimer = scheduler.schedule(wait, () -> chargePoint.locked(() -> {
                retryTimer = null;
                drain();
            }));
            events.publish(chargePoint.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.WARNING,
                    head.message.action() + " failed (attempt " + head.attempts + "), retrying in " + wait.toSeconds()
                            + " s: " + Failures.describe(cause),
                    Map.of("action", head.message.action(), "attempt", head.attempts, "error",
                            Failures.describe(cause)));
        }
    }

    private void giveUp(Entry head, Throwable cause) {
        queue.poll();
        events.publish(chargePoint.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.ERROR,
                head.message.action() + " given up after " + head.attempts + " attempt(s): "
                        + Failures.describe(cause),
                Map.of("action", head.message.action(), "attempt", head.attempts, "error", Failures.describe(cause)));
        head.message.abandoned(cause);
        drain();
    }
}
