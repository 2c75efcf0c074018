package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One WebSocket text frame the sandbox Central System received or sent.
 *
 * @param at            when it was recorded
 * @param chargePointId the charge point on the other end
 * @param direction     {@link Direction#IN} from the charge point, {@link Direction#OUT} to it
 * @param text          the frame exactly as on the wire
 * @param parsed        the parsed JSON, or {@code null} when the text is not JSON
 * @param action        the action of a CALL; for a CALLRESULT or CALLERROR the action of the CALL
 *                      it answers; {@code null} when unknown
 * @param type          the message type
 */
public record Frame(Instant at, String chargePointId, Direction direction, String text, JsonNode parsed,
                   String action, MessageType type) {

    public Frame {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** The uniqueId (second array element) when it is a string, else {@code null}. */
    public String uniqueId() {
        JsonNode id = parsed == null ? null : parsed.get(1);
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /**
     * The payload of a CALL or CALLRESULT, the errorDetails of a CALLERROR; a
     * {@link MissingNode} otherwise, so that {@code payload().path("idTag")} is always safe.
     */
    public JsonNode payload() {
        int index = switch (type) {
            case CALL -> 3;
            case CALL_RESULT -> 2;
            case CALL_ERROR -> 4;
            case MALFORMED -> -1;
        };
        JsonNode node = index < 0 || parsed == null ? null : parsed.get(index);
        return node == null ? MissingNode.getInstance() : node;
    }

    /** The error code of a CALLERROR. */
    public Optional<String> errorCode() {
        return type == MessageType.CALL_ERROR ? Optional.of(parsed.get(2).asText()) : Optional.empty();
    }

    /** Whether this is a CALL of {@code action} (from either side). */
    public boolean isCall(String action) {
        return type == MessageType.CALL && action.equals(this.action);
    }

    /** Whether this is a CALL of {@code action} sent by the charge point. */
    public boolean isCallFromChargePoint(String action) {
        return direction == Direction.IN && isCall(action);
    }

    /** Whether this is the CALLRESULT or CALLERROR answering the frame with {@code uniqueId}. */
    public boolean answers(String uniqueId) {
        return (type == MessageType.CALL_RESULT || type == MessageType.CALL_ERROR)
                && uniqueId.equals(uniqueId());
    }

    @Override
    public String toString() {
        return at + " " + chargePointId + " " + direction + " " + type
                + (action == null ? "" : " " + action) + " " + text;
    }
}
