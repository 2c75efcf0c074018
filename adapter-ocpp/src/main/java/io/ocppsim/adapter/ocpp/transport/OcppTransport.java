package io.ocppsim.adapter.ocpp.transport;

import io.ocppsim.adapter.ocpp.codec.FrameCodec;
import io.ocppsim.adapter.ocpp.codec.OcppJson;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas;
import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Opens OCPP-J 1.6 connections; one instance serves every charge point of the process and shares
 * the WebSocket clients, the codec, the schemas and the scheduler among them.
 *
 * <p>{@code ws://} connections share one Tyrus client. {@code wss://} connections share one per
 * distinct {@link Tls} setting, made the first time that setting is used: its trust store is read
 * then (on a virtual thread, not the caller's), and read again on a later attempt only if it could
 * not be used. A trust store that cannot be used fails the attempt, with a reason naming the file.
 */
public final class OcppTransport implements AutoCloseable {

    /** How long to wait for the WebSocket upgrade and for the answer to a call. */
    public record Timeouts(Duration handshake, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final WebSocketConnector plain;
    private final Map<Tls, WebSocketConnector> secure = new HashMap<>();
    private final ExecutorService preparing = Executors.newVirtualThreadPerTaskExecutor();
    private final FrameCodec codec = new FrameCodec(OcppJson.newMapper());
    private final OcppSchemas schemas = new OcppSchemas();
    private final SchedulerPort scheduler;
    private final Timeouts timeouts;
    private final EventPublisherPort events;
    private final Clock clock;
    private boolean closed;

    public OcppTransport(SchedulerPort scheduler, Timeouts timeouts, EventPublisherPort events, Clock clock) {
        this.scheduler = scheduler;
        this.timeouts = timeouts;
        this.events = events;
        this.clock = clock;
        this.plain = new WebSocketConnector(timeouts.handshake());
    }

    public FrameCodec codec() {
        return codec;
    }

    /**
     * A connection for {@code chargePoint}, not yet open: its outcome will go to {@code listener},
     * and the Central System's calls to {@code handler}. Set its
     * {@linkplain OcppConnection#pingInterval(Duration) ping interval} before opening it to have
     * pings from the start.
     */
    public OcppConnection connection(ChargePointId chargePoint, OcppConnection.Listener listener,
            OcppConnection.CallHandler handler) {
        return new OcppConnection(codec, schemas, scheduler, timeouts.call(), new Traffic(chargePoint, events, clock),
                listener, handler);
    }

    /**
     * Starts opening {@code connection} to {@code uri} with the extra headers of the upgrade request;
     * a {@code wss://} server is checked against the JDK's default trust.
     */
    public void open(OcppConnection connection, URI uri, Map<String, String> headers) {
        open(connection, uri, headers, Tls.SYSTEM_DEFAULT);
    }

    /**
     * Starts opening {@code connection} to {@code uri} with the extra headers of the upgrade request;
     * a {@code wss://} server is checked as {@code tls} says ({@code ws://} ignores it). The outcome
     * goes to the connection's listener, never to the caller: an unusable trust store, an untrusted
     * certificate or a refused upgrade each fail the attempt with a reason. With
     * {@code insecureSkipVerify} on a {@code wss://} URL, a warning says so, once per connection.
     */
    public void open(OcppConnection connection, URI uri, Map<String, String> headers, Tls tls) {
        Objects.requireNonNull(tls, "tls");
        boolean wss = "wss".equalsIgnoreCase(uri.getScheme());
        if (wss && tls.insecureSkipVerify()) {
            connection.traffic().unverifiedTls(uri);
        }
        connection.open(uri, endpoint -> connectorFor(uri, wss, tls)
                .thenCompose(connector -> connector.connect(uri, OcppConnection.SUBPROTOCOL, headers, endpoint)));
    }

    private CompletableFuture<WebSocketConnector> connectorFor(URI uri, boolean wss, Tls tls) {
        if (!wss) {
            return CompletableFuture.completedFuture(plain);
        }
        try {
            return CompletableFuture.supplyAsync(() -> secureConnector(uri, tls), preparing);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(
                    new WebSocketConnector.ConnectFailure(uri + ": the transport is closed"));
        }
    }

    private synchronized WebSocketConnector secureConnector(URI uri, Tls tls) {
        if (closed) {
            throw new CompletionException(new WebSocketConnector.ConnectFailure(uri + ": the transport is closed"));
        }
        WebSocketConnector connector = secure.get(tls);
        if (connector == null) {
            try {
                connector = new WebSocketConnector(timeouts.handshake(), ClientTls.configurator(tls));
            } catch (ClientTls.UnusableTrustStore e) {
                throw new CompletionException(new WebSocketConnector.ConnectFailure(uri + ": " + e.getMessage()));
            }
            secure.put(tls, connector);
        }
        return connector;
    }

    /** Closes every WebSocket client; connections still open are cut. */
    @Override
    public void close() {
        List<WebSocketConnector> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(secure.values());
            secure.clear();
        }
        preparing.shutdownNow();
        plain.close();
        all.forEach(WebSocketConnector::close);
    }

    /**
     * How many payloads this process refused to send because they broke the OCPP schema: each one
     * is a bug of the simulator (and an error event). Tests assert it stays zero.
     */
    public static long invalidPayloadsRefused() {
        return Traffic.refusedInvalidPayloads();
    }
}
