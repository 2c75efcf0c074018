package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.helidon.common.tls.Tls;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsCloseCodes;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.file.Path;
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
 * <p>It accepts charge points at {@code ws://127.0.0.1:<port>/ocpp/<chargePointId>} (or
 * {@code wss://} once given a {@linkplain #tls key store}) with the subprotocol {@code ocpp1.6} (and
 * HTTP Basic auth where a password is required, refusing others with HTTP 401), answers every
 * charge-point request like a spec-following Central System, validates every frame a charge point
 * sends against the official schemas (plus: no undefined property anywhere), records every frame
 * both ways and every {@link Violation}, answers and counts WebSocket pings, and lets a test wait
 * for frames and pings without sleeping. It can be stopped and started again on the same port and
 * URL, keeping what it recorded.
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
    private Tls tls;

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
     * port as before (and with the same TLS setting), so that charge points can reconnect to the
     * same URL. What was recorded before the stop is kept.
     */
    public synchronized SandboxCentralSystem start() {
        if (server != null) {
            throw new IllegalStateException("Already started on port " + server.port());
        }
        WebServerConfig.Builder builder = WebServer.builder()
                .host(HOST)
                .port(lastPort)
                .shutdownHook(false)
                .idleConnectionTimeout(Duration.ofHours(24))
                .routing(http -> http
                        .addFilter(this::checkUpgrade)
                        .get(PATH + "/{chargePointId}", this::notUpgraded))
                .addRouting(WsRouting.builder()
                        .endpoint(PATH + "/{chargePointId}", () -> new ConnectionListener(router, behaviour)));
        if (tls != null) {
            builder.tls(tls);
        }
        server = builder.build().start();
        lastPort = server.port();
        LOG.log(Level.INFO, "Sandbox Central System listening at {0}", url());
        return this;
    }

    /**
     * Serves {@code wss://} from the next {@link #start} on, with the first private key (and its
     * certificate chain) of this PKCS12 key store. Call before starting.
     *
     * @throws IllegalArgumentException when the key store cannot be read or holds no private key
     * @throws IllegalStateException    when running
     */
    public synchronized SandboxCentralSystem tls(Path pkcs12KeyStore, String password) {
        if (server != null) {
            throw new IllegalStateException("Set TLS before starting (or after stopping)");
        }
        this.tls = ServerTls.load(pkcs12KeyStore, password);
        return this;
    }

    /** {@link #tls} then {@link #start}: serves {@code wss://127.0.0.1:<port>/ocpp}. */
    public synchronized SandboxCentralSystem startTls(Path pkcs12KeyStore, String password) {
        return tls(pkcs12KeyStore, password).start();
    }

    /**
     * Runs in front of every WebSocket upgrade (Helidon routes upgrades through the HTTP filters
     * first): refuses one the sandbox would not accept with the fitting status, 401 with a Basic
     * challenge for missing or wrong credentials, 400 otherwise, and lets the rest through.
     */
    private void checkUpgrade(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        boolean upgrade = request.headers().first(HeaderNames.UPGRADE)
                .filter(value -> value.equalsIgnoreCase("websocket")).isPresent();
        Optional<UpgradeCheck.Refusal> refusal = upgrade && request.path().path().startsWith(PATH + "/")
                ? UpgradeCheck.refusal(request.prologue(), request.headers(), behaviour)
                : Optional.empty();
        if (refusal.isEmpty()) {
            chain.proceed();
            return;
        }
        LOG.log(Level.INFO, "Refused WebSocket upgrade of {0}: {1}", request.path().path(), refusal.get().reason());
        if (refusal.get().status() == Status.UNAUTHORIZED_401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"OCPP\", charset=\"UTF-8\"");
        }
        response.status(refusal.get().status()).send(refusal.get().reason());
    }

    /** A plain HTTP request to a charge point's WebSocket URL. */
    private void notUpgraded(ServerRequest request, ServerResponse response) {
        response.status(Status.UPGRADE_REQUIRED_426).header(HeaderNames.UPGRADE, "websocket")
                .send("This is an OCPP 1.6J WebSocket endpoint");
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
     * {@code ws://127.0.0.1:<port>/ocpp}, or {@code wss://…} with {@linkplain #tls TLS}; a charge
     * point appends {@code /<chargePointId>}. Still answers after {@link #stop}: a charge point
     * connecting then is refused.
     */
    public synchronized String url() {
        return (tls != null ? "wss" : "ws") + "://" + HOST + ":" + port() + PATH;
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

    /**
     * The WebSocket pings {@code chargePointId} sent since the start or the last {@link #clear},
     * over all its connections. Each was answered with a pong.
     */
    public int pings(String chargePointId) {
        return router.pings(chargePointId);
    }

    /**
     * Forgets the recorded frames, violations and pings (not the transactions, nor the
     * registrations).
     */
    public void clear() {
        log.clear();
        router.forgetPings();
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

    /**
     * Waits until {@code chargePointId} has sent at least {@code count} WebSocket pings and returns
     * how many it has sent.
     */
    public int awaitPings(String chargePointId, int count, Duration timeout) {
        return log.await(now -> Optional.of(pings(chargePointId)).filter(pings -> pings >= count), timeout,
                () -> count + " WebSocket ping(s) from " + chargePointId + " (so far " + pings(chargePointId) + ")",
                this::connectionsLine);
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
