package io.ocppsim.adapter.ocpp.sandbox;

/** The OCPP-J message types, plus {@link #MALFORMED} for a frame that is none of them. */
public enum MessageType {
    /** {@code [2, uniqueId, action, payload]}. */
    CALL,
    /** {@code [3, uniqueId, payload]}. */
    CALL_RESULT,
    /** {@code [4, uniqueId, errorCode, errorDescription, errorDetails]}. */
    CALL_ERROR,
    /** Not JSON, not an array, an unknown message type id, or the wrong shape for its type. */
    MALFORMED
}
