package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.configuration.ConfigurationKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a charge point reports to its Central System, in the order it happened: StatusNotification,
 * and the transaction messages StartTransaction, StopTransaction and MeterValues. One message at a
 * time, so the Central System never sees a connector Available before the StopTransaction of its
 * transaction, or Charging before its StartTransaction.
 *
 * <p>Transaction messages are kept: they wait while the charge point is offline and go out once it
 * is back; one the Central System answers with a CALLERROR, or does not answer in time, is sent
 * again after TransactionMessageRetryInterval times the number of attempts so far, up to
 * TransactionMessageAttempts attempts, and then given up (an error event). Status notifications
 * are not kept: one that cannot go out now is dropped, since every connector's status is reported
 * afresh after the next boot. An answer the Central System sent but that cannot be understood is
 * not a reason to send the message again: the message is given up.
 *
 * <p>Each message is built when it is sent, so it carries what is known by then (such as the
 * transaction id from the answer to StartTransaction). Used under the charge point's lock only.
 */
final class OutboundQueue {

    /** One message: how to send it, and what to do with its answer. */
    interface Message {

        String action();

        /** Whether the message is a transaction message: kept while offline and retried. */
        boolean transactional();

        /**
         * Whether the Central System asked for it with TriggerMessage: then it may go out once
         * connected, also while the boot is Pending.
         */
        default boolean triggered() {
            return false;
        }

        /** Builds and sends the message; an exception here means it can never be sent. */
        CompletionStage<?> send();

        /** The Central System answered. Runs under the charge point's lock. */
        void delivered(Object answer);

        /** The message was given up or dropped. Runs under the charge point's lock. */
        void abandoned(Throwable cause);
    }

    /** A message built from its parts. */
    static Message message(String action, boolean transactional, Supplier<CompletionStage<?>> send,
            Consumer<Object> delivered, Consumer<Throwable> abandoned) {
        return new Message() {
            @Override
            public String action() {
                return action;
            }

            @Override
            public boolean transactional() {
                return transactional;
            }

            @Override
            public CompletionStage<?> send() {
                return send.get();
            }

            @Override
            public void delivered(Object answer) {
                delivered.accept(answer);
            }

            @Override
            public void abandoned(Throwable cause) {
                abandoned.accept(cause);
            }
        };
    }

    private static final class Entry {
        final Message message;
        int attempts;

        Entry(Message message) {
            this.message = message;
        }
    }

    private final SimulatedChargePoint chargePoint;
    private static final System.Logger LOG = System.getLogger(OutboundQueue.class.getName());

    private final SchedulerPort scheduler;
    private final EventFactory events;
    private final Deque<Entry> queue = new ArrayDeque<>();
    private Entry inFlight;
    private Scheduled retryTimer;
    private final List<Runnable> whenIdle = new ArrayList<>();
    private boolean triggering;
    private int paused;

    OutboundQueue(SimulatedChargePoint chargePoint, SchedulerPort scheduler, EventFactory events) {
        this.chargePoint = chargePoint;
        this.scheduler = scheduler;
        this.events = events;
    }

    void add(Message message) {
        if (triggering) {
            message = triggered(message);
        }
        if (!message.transactional() && !mayGo(message)) {
            message.abandoned(new CentralSystemException.NotConnected("the charge point is offline"));
            return;
        }
        queue.add(new Entry(message));
        drain();
    }

    /** The connection is gone: status notifications still waiting are out of date. */
    void dropStatusNotifications() {
        queue.removeIf(entry -> {
            if (entry != inFlight && !entry.message.transactional()) {
                entry.message.abandoned(new CentralSystemException.NotConnected("the connection was lost"));
                return true;
            }
            return false;
        });
    }

    /** Adds the messages {@code work} queues as ones the Central System asked for with TriggerMessage. */
    void triggered(Runnable work) {
        triggering = true;
        try {
            work.run();
        } finally {
            triggering = false;
        }
    }

    private boolean mayGo(Message message) {
        return chargePoint.isOnline() || message.triggered() && chargePoint.isConnected();
    }

    private static Message triggered(Message message) {
        return new Message() {
            @Override
            public String action() {
                return message.action();
            }

            @Override
            public boolean transactional() {
                return message.transactional();
            }

            @Override
            public boolean triggered() {
                return true;
            }

            @Override
            public CompletionStage<?> send() {
                return message.send();
            }

            @Override
            public void delivered(Object answer) {
                message.delivered(answer);
            }

            @Override
            public void abandoned(Throwable cause) {
                message.abandoned(cause);
            }
        };
    }

    /**
     * Holds back what is queued until {@link #resume}: the reply to a Central System request must
     * reach it before the StatusNotification the request caused.
     */
    void pause() {
        paused++;
    }

    void resume() {
        if (paused > 0) {
            paused--;
        }
        drain();
    }

    /** Whether nothing waits to be sent or answered. */
    boolean isIdle() {
        return inFlight == null && queue.isEmpty();
    }

    /** Runs {@code action} once nothing waits to be sent or answered: now, or when the queue empties. */
    void whenIdle(Runnable action) {
        if (isIdle()) {
            action.run();
        } else {
            whenIdle.add(action);
        }
    }

    /** Forgets what waits for the queue to empty. */
    void cancelWhenIdle() {
        whenIdle.clear();
    }

    /** Sends the next message if nothing is in flight, no retry is pending and the charge point is online. */
    void drain() {
        if (isIdle() && !whenIdle.isEmpty()) {
            List<Runnable> actions = List.copyOf(whenIdle);
            whenIdle.clear();
            actions.forEach(Runnable::run);
        }
        if (paused > 0 || inFlight != null || retryTimer != null || queue.isEmpty() || !mayGo(queue.peek().message)) {
            return;
        }
        Entry head = queue.peek();
        head.attempts++;
        inFlight = head;
        CompletionStage<?> answer;
        try {
            answer = head.message.send();
        } catch (RuntimeException cannotBeSent) {
            inFlight = null;
            giveUp(head, cannotBeSent);
            return;
        }
        answer.whenComplete((result, error) -> chargePoint.locked(() -> {
            try {
                settle(head, result, error);
            } catch (RuntimeException bug) {
                LOG.log(System.Logger.Level.ERROR, "handling the answer to " + head.message.action() + " failed", bug);
                drain();
            }
        }));
    }

    private void settle(Entry head, Object result, Throwable error) {
        if (inFlight != head) {
            return;
        }
        inFlight = null;
        Throwable cause = error == null ? null : Failures.unwrap(error);
        if (cause == null) {
            queue.remove(head);
            try {
                head.message.delivered(result);
            } finally {
                drain();
            }
            return;
        } else if (!head.message.transactional()) {
            queue.remove(head);
            head.message.abandoned(cause);
        } else if (cause instanceof CentralSystemException.NotConnected) {
            // Not an attempt: it goes out once the charge point is back. Nothing else goes now either:
            // the connection is going, and the next accepted boot drains the queue.
            head.attempts--;
            return;
        } else if (!(cause instanceof CentralSystemException.CallError
                || cause instanceof CentralSystemException.TimedOut)) {
            giveUp(head, cause); // the Central System answered something unusable: sending again would not help
            return;
        } else if (head.attempts >= chargePoint.configuration().integer(ConfigurationKey.TransactionMessageAttempts)) {
            giveUp(head, cause);
            return;
        } else {
            scheduleRetry(head, cause);
            return;
        }
        drain();
    }

    private void scheduleRetry(Entry head, Throwable cause) {
        Duration wait = chargePoint.configuration().seconds(ConfigurationKey.TransactionMessageRetryInterval).multipliedBy(head.attempts);
        retryTimer = scheduler.schedule(wait, () -> chargePoint.locked(() -> {
            retryTimer = null;
            drain();
        }));
        events.publish(chargePoint.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.WARNING,
                head.message.action() + " failed (attempt " + head.attempts + "), retrying in " + wait.toSeconds()
                        + " s: " + Failures.describe(cause),
                Map.of("action", head.message.action(), "attempt", head.attempts, "error", Failures.describe(cause)));
    }

    private void giveUp(Entry head, Throwable cause) {
        queue.remove(head);
        events.publish(chargePoint.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.ERROR,
                head.message.action() + " given up after " + head.attempts + " attempt(s): "
                        + Failures.describe(cause),
                Map.of("action", head.message.action(), "attempt", head.attempts, "error", Failures.describe(cause)));
        head.message.abandoned(cause);
        drain();
    }
}
