package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsCloseCodes;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A small, strict OCPP 1.6J Central System on loopback, for tests.
 *
 * <p>It accepts charge points at {@code ws://127.0.0.1:<port>/ocpp/<chargePointId>} with the
 * subprotocol {@code ocpp1.6} (and HTTP Basic auth where a password is required), answers every
 * charge-point request like a spec-following Central System, validates every frame a charge point
 * sends against the official schemas (plus: no undefined property anywhere), records every frame
 * both ways and every {@link Violation}, and lets a test wait for frames without sleeping.
 *
 * <pre>{@code
 * try (SandboxCentralSystem cs = new SandboxCentralSystem().heartbeatInterval(60).start()) {
 *     chargePoint.connect(cs.url() + "/CP-1");
 *     cs.awaitCall("CP-1", "BootNotification", Duration.ofSeconds(5));
 *     JsonNode answer = cs.send("CP-1", "Reset", payload).get(5, SECONDS);
 *     assertThat(cs.violations()).isEmpty();
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe; the knobs may be turned at any time and apply to the next frame.
 */
public final class SandboxCentralSystem implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SandboxCentralSystem.class.getPackageName());
    private static final String HOST = "127.0.0.1";
    private static final String PATH = "/ocpp";

    private final Behaviour behaviour = new Behaviour();
    private final Transactions transactions = new Transactions();
    private final FrameLog log;
    private final MessageRouter router;
    private WebServer server;
    private int lastPort;

    /** A sandbox on the system clock. */
    public SandboxCentralSystem() {
        this(Clock.systemUTC());
    }

    /** A sandbox that stamps frames and answers ({@code currentTime}) with {@code clock}. */
    public SandboxCentralSystem(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SequenceGuard guard = new SequenceGuard();
        this.log = new FrameLog(clock);
        Responder responder = new Responder(behaviour, transactions, guard, log, clock);
        this.router = new MessageRouter(mapper, new OcppSchemas(mapper), behaviour, responder, guard, log);
    }

    // ---- lifecycle ----

    /**
     * Starts listening on a free loopback port; started again after {@link #stop}, on the same
     * port as before, so that charge points can reconnect to the same URL.
     */
    public synchronized SandboxCentralSystem start() {
        if (server != null) {
            throw new IllegalStateException("Already started on port " + server.port());
        }
        server = WebServer.builder()
                .host(HOST)
                .port(lastPort)
                .shutdownHook(false)
                .idleConnectionTimeout(Duration.ofHours(24))
                .addRouting(WsRouting.builder()
                        .endpoint(PATH + "/{chargePointId}", () -> new ConnectionListener(router, behaviour)))
                .build()
                .start();
        lastPort = server.port();
        LOG.log(Level.INFO, "Sandbox Central System listening at {0}", url());
        return this;
    }

    /** The port it listens on; after {@link #stop}, the port it listened on. */
    public synchronized int port() {
        if (lastPort == 0) {
            throw new IllegalStateException("Never started");
        }
        return lastPort;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * {@code ws://127.0.0.1:<port>/ocpp}; a charge point appends {@code /<chargePointId>}. Still
     * answers after {@link #stop}: a charge point connecting then is refused.
     */
    public String url() {
        return "ws://" + HOST + ":" + port() + PATH;
    }

    /** Closes every charge point's socket and stops listening; {@link #start} may follow. Idempotent. */
    public synchronized void stop() {
        if (server != null) {
            router.disconnectAll(WsCloseCodes.GOING_AWAY, "Central System stopping");
            server.stop();
            server = null;
            LOG.log(Level.INFO, "Sandbox Central System stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ---- knobs ----

    /** Answers BootNotification with Accepted and this heartbeat interval (default 300 s). */
    public SandboxCentralSystem heartbeatInterval(int seconds) {
        return bootAnswer(RegistrationStatus.Accepted, seconds);
    }

    /** Answers BootNotification with {@code status} and {@code intervalSeconds}. */
    public SandboxCentralSystem bootAnswer(RegistrationStatus status, int intervalSeconds) {
        behaviour.boot(new Behaviour.BootAnswer(status, intervalSeconds));
        return this;
    }

    /** Answers {@code idTag} (compared ignoring case) with {@code status}; unknown idTags are Accepted. */
    public SandboxCentralSystem idTagStatus(String idTag, AuthorizationStatus status) {
        behaviour.idTagStatus(idTag, status);
        return this;
    }

    /** Leaves every CALL of the charge-point {@code action} unanswered, to provoke timeouts. */
    public SandboxCentralSystem dontAnswer(String action) {
        behaviour.reaction(action, new Behaviour.Reaction.Silence());
        return this;
    }

    /** Answers every CALL of the charge-point {@code action} with this CALLERROR instead. */
    public SandboxCentralSystem answerWithError(String action, ErrorCode code, String description) {
        behaviour.reaction(action, new Behaviour.Reaction.Fail(code, description));
        return this;
    }

    /** Undoes {@link #dontAnswer} and {@link #answerWithError} for {@code action}. */
    public SandboxCentralSystem answerNormally(String action) {
        behaviour.answerNormally(action);
        return this;
    }

    /**
     * Requires HTTP Basic auth ({@code chargePointId:password}, security profile 1) from this
     * charge point; a missing or wrong one fails the WebSocket handshake.
     */
    public SandboxCentralSystem requirePassword(String chargePointId, String password) {
        behaviour.password(chargePointId, password);
        return this;
    }

    // ---- Central System -> charge point ----

    /**
     * Sends a CALL to a connected charge point. The future completes with the CALLRESULT payload,
     * or exceptionally with a {@link CallErrorException}, or with an {@link IllegalStateException}
     * when the charge point is not connected or disconnects first. A payload that breaks the
     * request schema of a known action fails with {@link IllegalArgumentException}: use
     * {@link #sendRaw} to send invalid frames. No timeout is applied: use {@code get(timeout)} or
     * {@code orTimeout}.
     */
    public CompletableFuture<JsonNode> send(String chargePointId, String action, JsonNode payload) {
        return router.call(chargePointId, action, payload);
    }

    /**
     * Sends {@code text} as it is, valid or not. If it is a CALL, its answer is matched and
     * validated like that of {@link #send}.
     *
     * @throws IllegalStateException when the charge point is not connected
     */
    public void sendRaw(String chargePointId, String text) {
        router.sendRaw(chargePointId, text);
    }

    /** Closes the socket of a charge point (normal closure), if it is connected. */
    public void disconnect(String chargePointId) {
        router.disconnect(chargePointId, WsCloseCodes.NORMAL_CLOSE, "Closed by the Central System");
    }

    public boolean isConnected(String chargePointId) {
        return router.connection(chargePointId).isPresent();
    }

    public Set<String> connectedChargePoints() {
        return router.connected();
    }

    // ---- what happened ----

    /** Every frame since the start or the last {@link #clear}, both directions, in order. */
    public List<Frame> frames() {
        return log.frames();
    }

    public List<Frame> frames(String chargePointId) {
        return log.frames().stream().filter(frame -> frame.chargePointId().equals(chargePointId)).toList();
    }

    /** The CALLs the charge point sent, in order. */
    public List<Frame> calls(String chargePointId) {
        return frames(chargePointId).stream()
                .filter(frame -> frame.direction() == Direction.IN && frame.type() == MessageType.CALL)
                .toList();
    }

    /** Everything a strict Central System would have rejected or flagged, in order. */
    public List<Violation> violations() {
        return log.violations();
    }

    /** Every transaction the sandbox issued an id for, by id (not cleared by {@link #clear}). */
    public List<SandboxTransaction> transactions() {
        return transactions.all();
    }

    public Optional<SandboxTransaction> transaction(int transactionId) {
        return transactions.find(transactionId);
    }

    /** Forgets the recorded frames and violations (not the transactions, nor the registrations). */
    public void clear() {
        log.clear();
    }

    // ---- waiting ----

    /**
     * Waits until {@code condition} holds for the frames recorded so far, re-checking on every new
     * frame, and returns those frames.
     *
     * @throws AwaitTimeoutError after {@code timeout}, with a dump of the recent frames
     */
    public List<Frame> awaitFrames(Predicate<List<Frame>> condition, Duration timeout) {
        return log.await(now -> Optional.of(now.frames()).filter(condition), timeout,
                () -> "a condition on the frames", this::connectionsLine);
    }

    /** Waits for the first recorded frame that matches and returns it. */
    public Frame awaitFrame(Predicate<Frame> match, Duration timeout) {
        return log.await(now -> now.frames().stream().filter(match).findFirst(), timeout,
                () -> "a matching frame", this::connectionsLine);
    }

    /** Waits for the first CALL of {@code action} the charge point sent and returns it. */
    public Frame awaitCall(String chargePointId, String action, Duration timeout) {
        return awaitCall(chargePointId, action, payload -> true, timeout);
    }

    /** Waits for the first CALL of {@code action} by the charge point whose payload matches. */
    public Frame awaitCall(String chargePointId, String action, Predicate<JsonNode> payload, Duration timeout) {
        return awaitCalls(chargePointId, action, payload, 1, timeout).getFirst();
    }

    /** Waits until the charge point sent {@code count} CALLs of {@code action} whose payload matches. */
    public List<Frame> awaitCalls(String chargePointId, String action, Predicate<JsonNode> payload, int count,
                                  Duration timeout) {
        return log.await(now -> {
            List<Frame> calls = now.frames().stream()
                    .filter(frame -> frame.chargePointId().equals(chargePointId)
                            && frame.isCallFromChargePoint(action) && payload.test(frame.payload()))
                    .limit(count)
                    .toList();
            return calls.size() == count ? Optional.of(calls) : Optional.empty();
        }, timeout, () -> count + " matching " + action + " CALL(s) from " + chargePointId, this::connectionsLine);
    }

    /** Waits for the first recorded violation that matches and returns it. */
    public Violation awaitViolation(Predicate<Violation> match, Duration timeout) {
        return log.await(now -> now.violations().stream().filter(match).findFirst(), timeout,
                () -> "a matching violation", this::connectionsLine);
    }

    public void awaitConnected(String chargePointId, Duration timeout) {
        log.await(now -> isConnected(chargePointId) ? Optional.of(true) : Optional.empty(), timeout,
                () -> chargePointId + " to connect", this::connectionsLine);
    }

    public void awaitDisconnected(String chargePointId, Duration timeout) {
        log.await(now -> isConnected(chargePointId) ? Optional.empty() : Optional.of(true), timeout,
                () -> chargePointId + " to disconnect", this::connectionsLine);
    }

    /** For tests of this package that stand in for Helidon's side of a connection. */
    MessageRouter router() {
        return router;
    }

    private String connectionsLine() {
        return "Connected charge points: " + connectedChargePoints();
    }
}
