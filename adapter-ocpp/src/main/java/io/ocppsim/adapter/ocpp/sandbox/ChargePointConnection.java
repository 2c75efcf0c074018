package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** One open WebSocket of one charge point, with the Central System's CALLs awaiting an answer on it. */
final class ChargePointConnection {

    private static final Logger LOG = System.getLogger(ChargePointConnection.class.getPackageName());

    /**
     * A CALL of the Central System still waiting for its CALLRESULT or CALLERROR.
     *
     * @param action     its action; {@code null} for a malformed CALL without a readable one
     * @param request    its payload; {@code null} for a malformed CALL
     * @param result     completed with the answer
     * @param wellFormed false for a malformed CALL pushed with sendRaw, which is owed a CALLERROR
     */
    record PendingCall(String action, JsonNode request, CompletableFuture<JsonNode> result, boolean wellFormed) {
    }

    private final String chargePointId;
    private final WsSession session;
    private final FrameLog log;
    private final Map<String, PendingCall> pending = new ConcurrentHashMap<>();
    private final ReentrantLock sendLock = new ReentrantLock();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean open = true;

    ChargePointConnection(String chargePointId, WsSession session, FrameLog log) {
        this.chargePointId = chargePointId;
        this.session = session;
        this.log = log;
    }

    String chargePointId() {
        return chargePointId;
    }

    boolean isOpen() {
        return open;
    }

    /**
     * Records the frame and sends it, under one lock so that the record's order is the wire's.
     *
     * @return false when the socket is gone (an abrupt drop shows only here, as an exception)
     */
    boolean transmit(String text, JsonNode parsed, String action, MessageType type) {
        sendLock.lock();
        try {
            if (!open) {
                return false;
            }
            log.record(chargePointId, Direction.OUT, text, parsed, action, type);
            session.send(text, true);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Cannot send to " + chargePointId + ": " + e);
            open = false;
            return false;
        } finally {
            sendLock.unlock();
        }
    }

    /**
     * Adds a text fragment; returns the whole message once {@code last} arrived. Fragments of one
     * connection arrive on one thread, one after the other.
     */
    Optional<String> assemble(String fragment, boolean last) {
        if (!last) {
            partial.append(fragment);
            return Optional.empty();
        }
        if (partial.isEmpty()) {
            return Optional.of(fragment);
        }
        String whole = partial.append(fragment).toString();
        partial.setLength(0);
        return Optional.of(whole);
    }

    void expect(String uniqueId, PendingCall call) {
        pending.put(uniqueId, call);
    }

    Optional<PendingCall> pending(String uniqueId) {
        return uniqueId == null ? Optional.empty() : Optional.ofNullable(pending.get(uniqueId));
    }

    Optional<PendingCall> take(String uniqueId) {
        return uniqueId == null ? Optional.empty() : Optional.ofNullable(pending.remove(uniqueId));
    }

    /** Closes the socket (if still open) and fails every CALL still waiting. */
    void close(int code, String reason) {
        boolean wasOpen = open;
        closed();
        if (wasOpen) {
            try {
                session.close(code, reason);
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, () -> "Closing " + chargePointId + " failed: " + e);
            }
        }
    }

    /** The socket is gone: fails every CALL still waiting. */
    void closed() {
        open = false;
        failPending("the connection of " + chargePointId + " closed");
    }

    private void failPending(String why) {
        List.copyOf(pending.keySet()).forEach(uniqueId -> take(uniqueId).ifPresent(call ->
                call.result().completeExceptionally(new IllegalStateException(
                        call.action() + " got no answer: " + why))));
    }
}
