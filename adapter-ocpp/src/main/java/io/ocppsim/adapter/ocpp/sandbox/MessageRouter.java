package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsSession;
import io.ocppsim.adapter.ocpp.sandbox.ChargePointConnection.PendingCall;
import io.ocppsim.adapter.ocpp.sandbox.OcppMessage.Call;
import io.ocppsim.adapter.ocpp.sandbox.OcppMessage.CallError;
import io.ocppsim.adapter.ocpp.sandbox.OcppMessage.CallResult;
import io.ocppsim.adapter.ocpp.sandbox.OcppMessage.Malformed;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Central System's side of OCPP-J: keeps the open connections, reads and validates every
 * frame a charge point sends, answers its CALLs, and matches answers to the Central System's own
 * CALLs. Never throws at the socket: whatever arrives is recorded and, where owed, answered.
 */
final class MessageRouter {

    private static final Logger LOG = System.getLogger(MessageRouter.class.getPackageName());
    private static final int MAX_UNIQUE_ID = 36;

    private final ObjectMapper mapper;
    private final OcppSchemas schemas;
    private final Behaviour behaviour;
    private final Responder responder;
    private final SequenceGuard guard;
    private final FrameLog log;
    private final Map<String, ChargePointConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, Integer> pings = new ConcurrentHashMap<>();

    MessageRouter(ObjectMapper mapper, OcppSchemas schemas, Behaviour behaviour, Responder responder,
                  SequenceGuard guard, FrameLog log) {
        this.mapper = mapper;
        this.schemas = schemas;
        this.behaviour = behaviour;
        this.responder = responder;
        this.guard = guard;
        this.log = log;
    }

    // ---- connections ----

    ChargePointConnection opened(String chargePointId, WsSession session) {
        ChargePointConnection connection = new ChargePointConnection(chargePointId, session, log);
        ChargePointConnection previous = connections.put(chargePointId, connection);
        LOG.log(Level.INFO, "Charge point {0} connected", chargePointId);
        if (previous != null) {
            previous.close(WsCloseCodes.NORMAL_CLOSE, "Replaced by a new connection of " + chargePointId);
        }
        log.signalChange();
        return connection;
    }

    void closed(ChargePointConnection connection, String why) {
        connection.closed();
        if (connections.remove(connection.chargePointId(), connection)) {
            LOG.log(Level.INFO, "Charge point {0} disconnected: {1}", connection.chargePointId(), why);
            log.signalChange();
        }
    }

    Optional<ChargePointConnection> connection(String chargePointId) {
        return Optional.ofNullable(connections.get(chargePointId)).filter(ChargePointConnection::isOpen);
    }

    Set<String> connected() {
        return new TreeSet<>(connections.keySet());
    }

    void disconnect(String chargePointId, int code, String reason) {
        connection(chargePointId).ifPresent(connection -> {
            connection.close(code, reason);
            closed(connection, "closed by the Central System: " + reason);
        });
    }

    void disconnectAll(int code, String reason) {
        List.copyOf(connections.keySet()).forEach(id -> disconnect(id, code, reason));
    }

    // ---- WebSocket pings ----

    /** The charge point sent a WebSocket ping. */
    void pinged(ChargePointConnection connection) {
        pings.merge(connection.chargePointId(), 1, Integer::sum);
        log.signalChange();
    }

    /** The pings the charge point sent since the start or the last {@link #forgetPings}, over all its connections. */
    int pings(String chargePointId) {
        return pings.getOrDefault(chargePointId, 0);
    }

    void forgetPings() {
        pings.clear();
        log.signalChange();
    }

    // ---- Central System -> charge point ----

    CompletableFuture<JsonNode> call(String chargePointId, String action, JsonNode payload) {
        if (!payload.isObject()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("A payload is a JSON object"));
        }
        if (OcppSchemas.isKnown(action)) {
            List<SchemaProblem> problems = schemas.validate(OcppSchemas.Kind.REQUEST, action, payload);
            if (!problems.isEmpty()) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid " + action
                        + " request (use sendRaw to send invalid frames): " + describe(problems)));
            }
        }
        Optional<ChargePointConnection> connection = connection(chargePointId);
        if (connection.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(chargePointId + " is not connected"));
        }
        String uniqueId = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        JsonNode request = payload.deepCopy();
        connection.get().expect(uniqueId, new PendingCall(action, request, result, true));
        ArrayNode frame = mapper.createArrayNode().add(OcppMessage.CALL).add(uniqueId).add(action).add(request);
        transmit(connection.get(), frame, action, MessageType.CALL);
        return result;
    }

    void sendRaw(String chargePointId, String text) {
        ChargePointConnection connection = connection(chargePointId)
                .orElseThrow(() -> new IllegalStateException(chargePointId + " is not connected"));
        Parsed parsed = parse(text);
        String action = null;
        switch (parsed.message()) {
            case Call call -> {
                action = call.action();
                connection.expect(call.uniqueId(),
                        new PendingCall(action, call.payload(), new CompletableFuture<>(), true));
            }
            case Malformed malformed when malformed.answerable() -> {
                JsonNode actionNode = parsed.tree().get(2);
                action = actionNode != null && actionNode.isTextual() ? actionNode.asText() : null;
                connection.expect(malformed.uniqueId(),
                        new PendingCall(action, null, new CompletableFuture<>(), false));
            }
            default -> {
                // a CALLRESULT, a CALLERROR or a frame without a readable uniqueId: nothing to answer
            }
        }
        if (!connection.transmit(text, parsed.tree(), action, parsed.message().type())) {
            closed(connection, "sending failed");
        }
    }

    // ---- charge point -> Central System ----

    void received(ChargePointConnection connection, String text) {
        Parsed parsed = parse(text);
        JsonNode tree = parsed.tree();
        OcppMessage message = parsed.message();
        // An answer settles its call before it is recorded: a test that saw the answer may close
        // the connection at once, and closing must not fail a call whose answer is already here.
        Optional<PendingCall> answered = message instanceof CallResult || message instanceof CallError
                ? connection.take(message.uniqueId())
                : Optional.empty();
        String action = message instanceof Call call
                ? call.action()
                : answered.or(() -> connection.pending(message.uniqueId())).map(PendingCall::action).orElse(null);
        log.record(connection.chargePointId(), Direction.IN, text, tree, action, message.type());
        checkUniqueId(connection, message.uniqueId(), action, text);
        try {
            switch (message) {
                case Call call -> onCall(connection, call, text);
                case CallResult result -> onResult(connection, result, answered, text);
                case CallError error -> onError(connection, error, answered, text);
                case Malformed malformed -> onMalformed(connection, malformed, action, text);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sandbox Central System failed on " + text, e);
            if (message instanceof Call call) {
                sendError(connection, call.uniqueId(), action, ErrorCode.InternalError, e.toString(),
                        mapper.createObjectNode());
            }
        }
    }

    private void onCall(ChargePointConnection connection, Call call, String text) {
        String action = call.action();
        if (!OcppSchemas.isKnown(action)) {
            refuse(connection, call, text, ErrorCode.NotImplemented, "OCPP 1.6 has no action " + action);
            return;
        }
        if (!OcppSchemas.CHARGE_POINT_ACTIONS.contains(action)) {
            refuse(connection, call, text, ErrorCode.NotSupported,
                    action + " is sent by a Central System, not by a charge point");
            return;
        }
        List<SchemaProblem> problems = schemas.validate(OcppSchemas.Kind.REQUEST, action, call.payload());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> log.violation(connection.chargePointId(), Violation.Kind.SCHEMA,
                    problem.errorCode(), action, call.uniqueId(), problem.describe(), text));
            sendError(connection, call.uniqueId(), action, problems.getFirst().errorCode(), describe(problems),
                    details(problems));
            return;
        }
        guard.check(connection.chargePointId(), action).ifPresent(problem -> log.violation(
                connection.chargePointId(), Violation.Kind.SEQUENCE, null, action, call.uniqueId(), problem, text));
        switch (behaviour.reaction(action).orElse(null)) {
            case null -> sendResult(connection, call.uniqueId(), action, responder.answer(
                    new Responder.Request(connection.chargePointId(), call.uniqueId(), action, call.payload(), text)));
            case Behaviour.Reaction.Silence silence ->
                    LOG.log(Level.DEBUG, () -> "Not answering " + action + " " + call.uniqueId() + " as told");
            case Behaviour.Reaction.Fail fail -> sendError(connection, call.uniqueId(), action, fail.code(),
                    fail.description(), mapper.createObjectNode());
        }
    }

    private void onResult(ChargePointConnection connection, CallResult result, Optional<PendingCall> pending,
                          String text) {
        if (pending.isEmpty()) {
            log.violation(connection.chargePointId(), Violation.Kind.UNEXPECTED_RESPONSE, null, null,
                    result.uniqueId(), "CALLRESULT answering no open CALL of the Central System", text);
            return;
        }
        PendingCall call = pending.get();
        if (!call.wellFormed()) {
            log.violation(connection.chargePointId(), Violation.Kind.UNEXPECTED_RESPONSE, null, call.action(),
                    result.uniqueId(), "CALLRESULT to a malformed CALL, which is owed a CALLERROR", text);
            call.result().complete(result.payload());
            return;
        }
        List<SchemaProblem> problems = OcppSchemas.isKnown(call.action())
                ? schemas.validate(OcppSchemas.Kind.RESPONSE, call.action(), result.payload())
                : List.of();
        problems.forEach(problem -> log.violation(connection.chargePointId(), Violation.Kind.SCHEMA,
                problem.errorCode(), call.action(), result.uniqueId(), problem.describe(), text));
        if (problems.isEmpty() && "TriggerMessage".equals(call.action())
                && "Accepted".equals(result.payload().path("status").asText())) {
            guard.triggered(connection.chargePointId(), call.request().path("requestedMessage").asText());
        }
        call.result().complete(result.payload());
    }

    private void onError(ChargePointConnection connection, CallError error, Optional<PendingCall> pending,
                         String text) {
        String action = pending.map(PendingCall::action).orElse(null);
        if (ErrorCode.fromWire(error.errorCode()).isEmpty()) {
            log.violation(connection.chargePointId(), Violation.Kind.MALFORMED_FRAME, null, action,
                    error.uniqueId(), "OCPP 1.6 has no error code " + error.errorCode(), text);
        }
        pending.ifPresentOrElse(
                call -> call.result().completeExceptionally(new CallErrorException(call.action(),
                        error.errorCode(), error.errorDescription(), error.errorDetails())),
                () -> log.violation(connection.chargePointId(), Violation.Kind.UNEXPECTED_RESPONSE, null, null,
                        error.uniqueId(), "CALLERROR answering no open CALL of the Central System", text));
    }

    private void onMalformed(ChargePointConnection connection, Malformed malformed, String action, String text) {
        log.violation(connection.chargePointId(), Violation.Kind.MALFORMED_FRAME, malformed.code(), action,
                malformed.uniqueId(), malformed.reason(), text);
        if (malformed.answerable()) {
            sendError(connection, malformed.uniqueId(), action, malformed.code(), malformed.reason(),
                    mapper.createObjectNode());
        } else {
            connection.take(malformed.uniqueId()).ifPresent(call -> call.result().completeExceptionally(
                    new IllegalStateException(call.action() + " got a malformed answer: " + malformed.reason())));
        }
    }

    private void refuse(ChargePointConnection connection, Call call, String text, ErrorCode code, String reason) {
        log.violation(connection.chargePointId(), Violation.Kind.UNKNOWN_ACTION, code, call.action(),
                call.uniqueId(), reason, text);
        sendError(connection, call.uniqueId(), call.action(), code, reason, mapper.createObjectNode());
    }

    private void checkUniqueId(ChargePointConnection connection, String uniqueId, String action, String text) {
        if (uniqueId != null && (uniqueId.isEmpty() || uniqueId.length() > MAX_UNIQUE_ID)) {
            log.violation(connection.chargePointId(), Violation.Kind.MALFORMED_FRAME, null, action, uniqueId,
                    "a uniqueId has 1 to " + MAX_UNIQUE_ID + " characters, this one " + uniqueId.length(), text);
        }
    }

    // ---- sending ----

    private void sendResult(ChargePointConnection connection, String uniqueId, String action, ObjectNode payload) {
        ArrayNode frame = mapper.createArrayNode().add(OcppMessage.CALL_RESULT).add(uniqueId).add(payload);
        transmit(connection, frame, action, MessageType.CALL_RESULT);
    }

    private void sendError(ChargePointConnection connection, String uniqueId, String action, ErrorCode code,
                           String description, ObjectNode details) {
        ArrayNode frame = mapper.createArrayNode().add(OcppMessage.CALL_ERROR).add(uniqueId).add(code.name())
                .add(description).add(details);
        transmit(connection, frame, action, MessageType.CALL_ERROR);
    }

    private void transmit(ChargePointConnection connection, ArrayNode frame, String action, MessageType type) {
        String text;
        try {
            text = mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + frame, e);
        }
        if (!connection.transmit(text, frame, action, type)) {
            closed(connection, "sending failed");
        }
    }

    // ---- helpers ----

    /** A frame's JSON ({@code null} when it is not JSON) and what it means as OCPP-J. */
    private record Parsed(JsonNode tree, OcppMessage message) {
    }

    private Parsed parse(String text) {
        try {
            JsonNode tree = mapper.readTree(text);
            return tree.isMissingNode()
                    ? new Parsed(null, OcppMessage.notJson("the frame is empty"))
                    : new Parsed(tree, OcppMessage.of(tree));
        } catch (JsonProcessingException e) {
            return new Parsed(null, OcppMessage.notJson(e.getOriginalMessage()));
        }
    }

    private static String describe(List<SchemaProblem> problems) {
        return String.join("; ", problems.stream().map(SchemaProblem::describe).toList());
    }

    private ObjectNode details(List<SchemaProblem> problems) {
        ObjectNode details = mapper.createObjectNode();
        ArrayNode list = details.putArray("violations");
        problems.forEach(problem -> list.addObject()
                .put("keyword", problem.keyword())
                .put("location", problem.location())
                .put("message", problem.message()));
        return details;
    }
}
