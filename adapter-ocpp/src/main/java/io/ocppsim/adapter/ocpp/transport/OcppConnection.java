package io.ocppsim.adapter.ocpp.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.ErrorCode;
import io.ocppsim.adapter.ocpp.codec.FrameCodec;
import io.ocppsim.adapter.ocpp.codec.MalformedFrameException;
import io.ocppsim.adapter.ocpp.codec.OcppFrame;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas.Violation;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * One OCPP-J 1.6 connection of one charge point: a WebSocket session speaking subprotocol
 * {@value #SUBPROTOCOL}.
 *
 * <ul>
 *   <li>Calls from the charge point go out one at a time, in order: the next only once the
 *       previous one was answered or timed out. Each payload is checked against its schema first; a
 *       payload that would not pass is never sent.
 *   <li>Answers are matched by uniqueId and checked against the response schema.
 *   <li>Calls from the Central System are answered at any time, also while a call of the charge
 *       point waits for its answer: unknown actions with NotImplemented, payloads that break the
 *       schema with the matching CALLERROR, the rest by the {@link CallHandler}.
 *   <li>A malformed frame is answered with a CALLERROR when its uniqueId can be read, and
 *       reported; it never breaks the connection.
 *   <li>While open, a WebSocket ping goes out every {@linkplain #pingInterval(Duration) ping
 *       interval}, on the shared scheduler.
 * </ul>
 *
 * <p>Thread-safe. Futures are completed and the listener called outside the internal lock, so
 * their callbacks may call back in.
 */
public final class OcppConnection extends Endpoint {

    public static final String SUBPROTOCOL = "ocpp1.6";

    /** What becomes of the connection. Called once each at most, from the transport's threads. */
    public interface Listener {

        void opened();

        void failed(String reason);

        /** The open connection closed without being asked to. */
        void closed(String reason);
    }

    /** Answers the Central System's calls: with a CallResult or a CallError for the same uniqueId. */
    @FunctionalInterface
    public interface CallHandler {
        CompletionStage<OcppFrame> handle(OcppFrame.Call call, Action action);

        /**
         * The reply to the call with {@code uniqueId} that {@link #handle} produced has been sent
         * (or could not be, the connection being gone): what the call sets in motion may start.
         */
        default void replied(String uniqueId) {
        }
    }

    private enum State {
        OPENING, OPEN, CLOSED
    }

    private record PendingCall(String uniqueId, Action action, ObjectNode payload,
            CompletableFuture<JsonNode> answer) {
    }

    private final FrameCodec codec;
    private final OcppSchemas schemas;
    private final SchedulerPort scheduler;
    private final Duration callTimeout;
    private final Traffic traffic;
    private final Listener listener;
    private final CallHandler callHandler;

    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.OPENING;
    private boolean closedLocally;
    private String closedWhileOpening;
    private Session session;
    private final Deque<PendingCall> queue = new ArrayDeque<>();
    private PendingCall inFlight;
    private Scheduled inFlightTimeout = Scheduled.NONE;
    private Duration pingInterval = Duration.ZERO;
    private Scheduled pinging = Scheduled.NONE;

    OcppConnection(FrameCodec codec, OcppSchemas schemas, SchedulerPort scheduler, Duration callTimeout,
            Traffic traffic, Listener listener, CallHandler callHandler) {
        this.codec = codec;
        this.schemas = schemas;
        this.scheduler = scheduler;
        this.callTimeout = callTimeout;
        this.traffic = traffic;
        this.listener = listener;
        this.callHandler = callHandler;
    }

    /** Opens a WebSocket session with this endpoint. */
    @FunctionalInterface
    interface Connect {
        CompletableFuture<Session> connect(Endpoint endpoint);
    }

    /** Opens the connection to {@code uri} by {@code connect}; the outcome goes to the listener. */
    void open(URI uri, Connect connect) {
        connect.connect(this).whenComplete((opened, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                finishOpening(null, cause.getMessage());
            } else if (!SUBPROTOCOL.equals(opened.getNegotiatedSubprotocol())) {
                String answered = opened.getNegotiatedSubprotocol();
                closeQuietly(opened, CloseReason.CloseCodes.PROTOCOL_ERROR, "subprotocol " + SUBPROTOCOL + " required");
                finishOpening(null, uri + " did not agree to WebSocket subprotocol " + SUBPROTOCOL
                        + (answered == null || answered.isEmpty() ? " (it named none)" : " (it chose " + answered
                                + ")"));
            } else {
                finishOpening(opened, null);
            }
        });
    }

    private void finishOpening(Session opened, String failure) {
        boolean report;
        String closedEarly;
        lock.lock();
        try {
            report = !closedLocally;
            closedEarly = state == State.CLOSED ? closedWhileOpening : null;
            if (report && failure == null && closedEarly == null) {
                state = State.OPEN;
                session = opened;
                pinging = startPinging();
            } else {
                state = State.CLOSED;
            }
        } finally {
            lock.unlock();
        }
        if (!report) {
            if (opened != null) {
                closeQuietly(opened, CloseReason.CloseCodes.NORMAL_CLOSURE, "disconnect requested");
            }
        } else if (failure != null) {
            listener.failed(failure);
        } else if (closedEarly != null) {
            listener.failed("the connection closed as soon as it opened: " + closedEarly);
        } else {
            listener.opened();
            pump();
        }
    }

    // ------------------------------------------------------------------ WebSocket callbacks

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        opened.setMaxIdleTimeout(0);
        lock.lock();
        try {
            session = opened; // from here on calls of the Central System are answered, even before the boot
        } finally {
            lock.unlock();
        }
        opened.addMessageHandler(String.class, this::onText);
    }

    @Override
    public void onClose(Session closedSession, CloseReason reason) {
        String phrase = reason.getReasonPhrase();
        String description = "closed with code " + reason.getCloseCode().getCode()
                + (phrase == null || phrase.isEmpty() ? "" : " (" + phrase + ")");
        boolean report;
        List<PendingCall> abandoned;
        Scheduled stopPinging;
        lock.lock();
        try {
            stopPinging = pinging;
            pinging = Scheduled.NONE;
            report = state == State.OPEN && !closedLocally;
            if (state == State.OPENING) {
                closedWhileOpening = description; // finishOpening reports it
            }
            state = State.CLOSED;
            abandoned = takeAllPending();
        } finally {
            lock.unlock();
        }
        stopPinging.cancel();
        failAll(abandoned, "the connection closed");
        if (report) {
            listener.closed(description);
        }
    }

    @Override
    public void onError(Session erroneous, Throwable error) {
        traffic.problem("WebSocket error: " + error.getMessage(), null);
    }

    // ------------------------------------------------------------------ calls of the charge point

    /**
     * Sends a call once those before it have been answered. The answer's payload completes the
     * future; it fails with a {@link CentralSystemException} when no valid answer comes, or with an
     * {@link IllegalArgumentException} when the payload breaks the schema (then nothing is sent).
     */
    public CompletableFuture<JsonNode> call(Action action, ObjectNode payload) {
        List<Violation> violations = schemas.validate(action.wireName(), OcppSchemas.Kind.REQUEST, payload);
        if (!violations.isEmpty()) {
            String description = "refused to send an invalid " + action.wireName() + ": " + describe(violations);
            traffic.bug(description);
            return CompletableFuture.failedFuture(new IllegalArgumentException(description));
        }
        PendingCall call = new PendingCall(UUID.randomUUID().toString(), action, payload, new CompletableFuture<>());
        lock.lock();
        try {
            if (state != State.OPEN) {
                return CompletableFuture.failedFuture(
                        new CentralSystemException.NotConnected("not connected to the Central System"));
            }
            queue.add(call);
        } finally {
            lock.unlock();
        }
        pump();
        return call.answer();
    }

    /** Sends the next queued call if none is in flight. */
    private void pump() {
        PendingCall next;
        Session target;
        lock.lock();
        try {
            if (inFlight != null || queue.isEmpty() || state != State.OPEN) {
                return;
            }
            next = queue.poll();
            inFlight = next;
            target = session;
            inFlightTimeout = scheduler.schedule(callTimeout, () -> timedOut(next));
        } finally {
            lock.unlock();
        }
        String text = codec.encode(new OcppFrame.Call(next.uniqueId(), next.action().wireName(), next.payload()));
        traffic.sent("CALL", next.uniqueId(), next.action().wireName(), text);
        send(target, text);
    }

    private void timedOut(PendingCall call) {
        if (!settle(call.uniqueId())) {
            return;
        }
        call.answer().completeExceptionally(
                new CentralSystemException.TimedOut(call.action().wireName(), callTimeout));
        pump();
    }

    /** Takes the call in flight off if it has this uniqueId; false when it has not. */
    private boolean settle(String uniqueId) {
        lock.lock();
        try {
            if (inFlight == null || !inFlight.uniqueId().equals(uniqueId)) {
                return false;
            }
            inFlight = null;
            inFlightTimeout.cancel();
            inFlightTimeout = Scheduled.NONE;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private PendingCall inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ what arrives

    private void onText(String text) {
        OcppFrame frame;
        try {
            frame = codec.parse(text);
        } catch (MalformedFrameException e) {
            traffic.problem("malformed frame (" + e.getMessage() + ")", text);
            Optional<String> uniqueId = e.uniqueId();
            if (e.wasCall() && uniqueId.isPresent()) {
                reply(new OcppFrame.CallError(uniqueId.get(), e.errorCode(), e.getMessage(),
                        codec.mapper().createObjectNode()), null);
            } else if (uniqueId.isPresent()) {
                failInFlight(uniqueId.get(), "a malformed answer: " + e.getMessage());
            }
            return;
        }
        switch (frame) {
            case OcppFrame.Call call -> {
                traffic.received("CALL", call.uniqueId(), call.action(), text);
                answer(call);
            }
            case OcppFrame.CallResult result -> onCallResult(result, text);
            case OcppFrame.CallError error -> onCallError(error, text);
        }
    }

    /** The answer to the call in flight could not be read: the call fails at once. */
    private void failInFlight(String uniqueId, String why) {
        PendingCall call = inFlight();
        if (call == null || !call.uniqueId().equals(uniqueId) || !settle(uniqueId)) {
            return;
        }
        call.answer().completeExceptionally(new CentralSystemException.InvalidAnswer(
                call.action().wireName() + " got " + why));
        pump();
    }

    private void onCallResult(OcppFrame.CallResult result, String text) {
        PendingCall call = inFlight();
        String action = call != null && call.uniqueId().equals(result.uniqueId()) ? call.action().wireName() : null;
        // Settled before it is reported: whoever sees the answer may move time on without timing the call out.
        boolean settled = action != null && settle(result.uniqueId());
        traffic.received("CALLRESULT", result.uniqueId(), action, text);
        if (!settled) {
            traffic.problem("a CALLRESULT for no call in flight (uniqueId " + result.uniqueId() + ")", text);
            return;
        }
        List<Violation> violations = schemas.validate(action, OcppSchemas.Kind.RESPONSE, result.payload());
        if (violations.stream().allMatch(Violation::beyondTheSchema)) {
            if (!violations.isEmpty()) {
                traffic.problem(action + " answer with fields the schema does not define (accepted): "
                        + describe(violations), text);
            }
            call.answer().complete(result.payload());
        } else {
            String description = "invalid " + action + " answer: " + describe(violations);
            traffic.problem(description, text);
            call.answer().completeExceptionally(new CentralSystemException.InvalidAnswer(description));
        }
        pump();
    }

    private void onCallError(OcppFrame.CallError error, String text) {
        PendingCall call = inFlight();
        String action = call != null && call.uniqueId().equals(error.uniqueId()) ? call.action().wireName() : null;
        // Settled before it is reported: whoever sees the answer may move time on without timing the call out.
        boolean settled = action != null && settle(error.uniqueId());
        traffic.received("CALLERROR", error.uniqueId(), action, text);
        if (!settled) {
            traffic.problem("a CALLERROR for no call in flight (uniqueId " + error.uniqueId() + ")", text);
            return;
        }
        call.answer().completeExceptionally(
                new CentralSystemException.CallError(action, error.errorCode(), error.errorDescription()));
        pump();
    }

    /** Answers a call of the Central System. */
    private void answer(OcppFrame.Call call) {
        Optional<Action> known = Action.byWireName(call.action());
        if (known.isEmpty()) {
            reply(error(call, ErrorCode.NotImplemented, "unknown action " + call.action()), call.action());
            return;
        }
        Action action = known.get();
        if (action.initiator() == Action.Initiator.CHARGE_POINT) {
            reply(error(call, ErrorCode.NotSupported, action.wireName() + " is sent by charge points, not to them"),
                    action.wireName());
            return;
        }
        List<Violation> violations = schemas.validate(action.wireName(), OcppSchemas.Kind.REQUEST, call.payload());
        if (!violations.isEmpty()) {
            traffic.problem("invalid " + action.wireName() + " request: " + describe(violations), null);
            reply(error(call, OcppSchemas.errorCodeFor(violations), describe(violations)), action.wireName());
            return;
        }
        CompletableFuture<OcppFrame> response;
        try {
            response = callHandler.handle(call, action).toCompletableFuture();
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.orTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((frame, failure) -> {
            if (failure != null) {
                reply(error(call, ErrorCode.InternalError,
                        "the charge point could not handle " + action.wireName()), action.wireName());
            } else if (frame instanceof OcppFrame.CallResult result) {
                List<Violation> own = schemas.validate(action.wireName(), OcppSchemas.Kind.RESPONSE,
                        result.payload());
                if (own.isEmpty()) {
                    reply(result, action.wireName());
                } else {
                    traffic.bug("refused to send an invalid " + action.wireName() + " answer: " + describe(own));
                    reply(error(call, ErrorCode.InternalError,
                            "the charge point could not answer " + action.wireName()), action.wireName());
                }
            } else {
                reply(frame, action.wireName());
            }
            callHandler.replied(call.uniqueId());
        });
    }

    private OcppFrame.CallError error(OcppFrame.Call call, ErrorCode code, String description) {
        return new OcppFrame.CallError(call.uniqueId(), code, description, codec.mapper().createObjectNode());
    }

    private void reply(OcppFrame frame, String action) {
        Session target;
        lock.lock();
        try {
            target = state != State.CLOSED ? session : null;
        } finally {
            lock.unlock();
        }
        if (target == null) {
            return;
        }
        String text = codec.encode(frame);
        String type = frame instanceof OcppFrame.CallResult ? "CALLRESULT" : "CALLERROR";
        traffic.sent(type, frame.uniqueId(), action, text);
        send(target, text);
    }

    private void send(Session target, String text) {
        try {
            target.getAsyncRemote().sendText(text);
        } catch (IllegalStateException closing) {
            // The session is closing; onClose fails what is pending.
        }
    }

    // ------------------------------------------------------------------ pings

    /**
     * Sends a WebSocket ping every {@code interval} while the connection is open; {@link Duration#ZERO}
     * sends none (the default). May be called at any time, also before the connection opens (the
     * pings then start when it opens). A change takes effect at once: the pings on the old interval
     * stop and the next one goes out a full new interval later.
     *
     * @throws IllegalArgumentException when {@code interval} is negative
     */
    public void pingInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the ping interval must not be negative, was " + interval);
        }
        Scheduled previous;
        lock.lock();
        try {
            pingInterval = interval;
            previous = pinging;
            pinging = state == State.OPEN ? startPinging() : Scheduled.NONE;
        } finally {
            lock.unlock();
        }
        previous.cancel();
    }

    /** The interval set last; zero when no pings are sent. */
    public Duration pingInterval() {
        lock.lock();
        try {
            return pingInterval;
        } finally {
            lock.unlock();
        }
    }

    /** Schedules the pings on the current interval; call under the lock. */
    private Scheduled startPinging() {
        return pingInterval.isZero() ? Scheduled.NONE : scheduler.scheduleEvery(pingInterval, this::ping);
    }

    private void ping() {
        Session target;
        lock.lock();
        try {
            target = state == State.OPEN ? session : null;
        } finally {
            lock.unlock();
        }
        if (target == null) {
            return;
        }
        try {
            target.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            traffic.pinged();
        } catch (IOException | IllegalStateException | IllegalArgumentException closing) {
            // The session is closing; onClose stops the pings.
        }
    }

    /** Reports the traffic of this connection. */
    Traffic traffic() {
        return traffic;
    }

    // ------------------------------------------------------------------ closing

    /** Closes the connection on the charge point's request; the listener hears nothing more. */
    public void close() {
        Session open;
        List<PendingCall> abandoned;
        Scheduled stopPinging;
        lock.lock();
        try {
            closedLocally = true;
            open = session;
            state = State.CLOSED;
            abandoned = takeAllPending();
            stopPinging = pinging;
            pinging = Scheduled.NONE;
        } finally {
            lock.unlock();
        }
        stopPinging.cancel();
        failAll(abandoned, "disconnected on request");
        if (open != null) {
            closeQuietly(open, CloseReason.CloseCodes.NORMAL_CLOSURE, "disconnect requested");
        }
    }

    public boolean isOpen() {
        lock.lock();
        try {
            return state == State.OPEN;
        } finally {
            lock.unlock();
        }
    }

    private List<PendingCall> takeAllPending() {
        List<PendingCall> all = new ArrayList<>();
        if (inFlight != null) {
            all.add(inFlight);
            inFlight = null;
        }
        inFlightTimeout.cancel();
        inFlightTimeout = Scheduled.NONE;
        all.addAll(queue);
        queue.clear();
        return all;
    }

    private static void failAll(List<PendingCall> calls, String why) {
        for (PendingCall call : calls) {
            call.answer().completeExceptionally(new CentralSystemException.NotConnected(why));
        }
    }

    private static void closeQuietly(Session open, CloseReason.CloseCodes code, String phrase) {
        try {
            open.close(new CloseReason(code, phrase));
        } catch (IOException | IllegalStateException alreadyClosed) {
            // nothing left to close
        }
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
    }
}
