package io.ocppsim.adapter.ocpp.transport;

import io.ocppsim.adapter.ocpp.codec.FrameCodec;
import io.ocppsim.adapter.ocpp.codec.OcppJson;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Opens OCPP-J 1.6 connections; one instance serves every charge point of the process and shares
 * the WebSocket client, the codec, the schemas and the scheduler among them.
 */
public final class OcppTransport implements AutoCloseable {

    /** How long to wait for the WebSocket upgrade and for the answer to a call. */
    public record Timeouts(Duration handshake, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final WebSocketConnector connector;
    private final FrameCodec codec = new FrameCodec(OcppJson.newMapper());
    private final OcppSchemas schemas = new OcppSchemas();
    private final SchedulerPort scheduler;
    private final Timeouts timeouts;
    private final EventPublisherPort events;
    private final Clock clock;

    public OcppTransport(SchedulerPort scheduler, Timeouts timeouts, EventPublisherPort events, Clock clock) {
        this.scheduler = scheduler;
        this.timeouts = timeouts;
        this.events = events;
        this.clock = clock;
        this.connector = new WebSocketConnector(timeouts.handshake());
    }

    public FrameCodec codec() {
        return codec;
    }

    /**
     * A connection for {@code chargePoint}, not yet open: its outcome will go to {@code listener},
     * and the Central System's calls to {@code handler}.
     */
    public OcppConnection connection(ChargePointId chargePoint, OcppConnection.Listener listener,
            OcppConnection.CallHandler handler) {
        return new OcppConnection(codec, schemas, scheduler, timeouts.call(), new Traffic(chargePoint, events, clock),
                listener, handler);
    }

    /** Starts opening {@code connection} to {@code uri} with the extra headers of the upgrade request. */
    public void open(OcppConnection connection, URI uri, Map<String, String> headers) {
        connection.open(connector, uri, headers);
    }

    @Override
    public void close() {
        connector.close();
    }
}
