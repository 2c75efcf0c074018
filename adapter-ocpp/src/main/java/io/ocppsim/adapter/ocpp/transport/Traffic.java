package io.ocppsim.adapter.ocpp.transport;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Reports the OCPP traffic of one charge point: every frame sent and received as a debug event and
 * log line, and problems (malformed frames, invalid payloads, unexpected answers) as warnings, or
 * as errors when the simulator itself is at fault. A {@code wss://} connection that does not verify
 * the server is a warning too; WebSocket pings are only logged.
 */
final class Traffic {

    private static final Logger LOG = System.getLogger("io.ocppsim.ocpp");
    private static final Pattern SECRET_VALUE = Pattern.compile("(\"value\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    /** Payloads the simulator refused to send because they broke the schema, in this process. */
    private static final AtomicLong REFUSED_INVALID = new AtomicLong();

    private final ChargePointId chargePoint;
    private final EventPublisherPort events;
    private final Clock clock;

    Traffic(ChargePointId chargePoint, EventPublisherPort events, Clock clock) {
        this.chargePoint = chargePoint;
        this.events = events;
        this.clock = clock;
    }

    void sent(String messageType, String uniqueId, String action, String raw) {
        String text = redacted(raw);
        LOG.log(Level.DEBUG, () -> chargePoint + " -> " + text);
        publish(EventType.OCPP_MESSAGE_SENT, Severity.DEBUG, messageType + " " + action + " sent",
                frameData(messageType, uniqueId, action, text));
    }

    void received(String messageType, String uniqueId, String action, String raw) {
        String text = redacted(raw);
        LOG.log(Level.DEBUG, () -> chargePoint + " <- " + text);
        publish(EventType.OCPP_MESSAGE_RECEIVED, Severity.DEBUG, messageType + " " + action + " received",
                frameData(messageType, uniqueId, action, text));
    }

    /** Something the Central System sent was wrong. */
    void problem(String description, String raw) {
        String text = raw == null ? null : redacted(raw);
        LOG.log(Level.WARNING, () -> chargePoint + ": " + description + (text != null ? ": " + text : ""));
        Map<String, Object> data = new LinkedHashMap<>();
        if (text != null) {
            data.put("frame", text);
        }
        publish(EventType.OCPP_MESSAGE_RECEIVED, Severity.WARNING, description, data);
    }

    /** A WebSocket ping went out: logged only, pings are not OCPP frames. */
    void pinged() {
        LOG.log(Level.DEBUG, () -> chargePoint + " -> WebSocket ping");
    }

    /**
     * The connection to {@code url} is opened without verifying the server's certificate or host
     * name: said once per connection, as a warning.
     */
    void unverifiedTls(URI url) {
        String description = "TLS certificate verification is OFF for " + url
                + ": any certificate and any host name are accepted (insecureSkipVerify is set)";
        LOG.log(Level.WARNING, () -> chargePoint + ": " + description);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", url.toString());
        data.put("tls_verification", "off");
        publish(EventType.OCPP_MESSAGE_SENT, Severity.WARNING, description, data);
    }

    /** Something the simulator was about to send was wrong: a bug, and nothing was sent. */
    void bug(String description) {
        REFUSED_INVALID.incrementAndGet();
        LOG.log(Level.ERROR, () -> chargePoint + ": " + description);
        publish(EventType.OCPP_MESSAGE_SENT, Severity.ERROR, description, Map.of());
    }

    static long refusedInvalidPayloads() {
        return REFUSED_INVALID.get();
    }

    /**
     * The frame with the value of an AuthorizationKey hidden: a ChangeConfiguration of the key
     * must never reach a log or an event.
     */
    static String redacted(String text) {
        if (!text.contains("\"AuthorizationKey\"")) {
            return text;
        }
        return SECRET_VALUE.matcher(text).replaceAll("$1***$3");
    }

    private static Map<String, Object> frameData(String messageType, String uniqueId, String action, String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message_type", messageType);
        data.put("unique_id", uniqueId);
        if (action != null) {
            data.put("action", action);
        }
        data.put("frame", text);
        return data;
    }

    private void publish(EventType type, Severity severity, String message, Map<String, Object> data) {
        events.publish(new SimulatorEvent(clock.instant(), type, severity, chargePoint, null, message, data));
    }
}
