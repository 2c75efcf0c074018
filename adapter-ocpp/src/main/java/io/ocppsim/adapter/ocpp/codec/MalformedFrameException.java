package io.ocppsim.adapter.ocpp.codec;

import java.util.Optional;

/**
 * A text that is not a valid OCPP-J frame. Carries the uniqueId when it could be read, so the
 * receiver can answer with a CALLERROR of {@link #errorCode()}.
 */
public final class MalformedFrameException extends Exception {

    private final String uniqueId;
    private final ErrorCode errorCode;
    private final boolean call;

    MalformedFrameException(String uniqueId, boolean call, ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.uniqueId = uniqueId;
        this.call = call;
        this.errorCode = errorCode;
    }

    /** The uniqueId, when it could be read. */
    public Optional<String> uniqueId() {
        return Optional.ofNullable(uniqueId);
    }

    /** Whether the frame looked like a CALL: only a CALL is answered with a CALLERROR. */
    public boolean wasCall() {
        return call;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
