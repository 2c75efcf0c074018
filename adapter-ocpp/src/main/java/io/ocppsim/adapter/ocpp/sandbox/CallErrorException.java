package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** A charge point answered a CALL of the Central System with a CALLERROR. */
public final class CallErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final String errorDescription;
    private final transient JsonNode errorDetails;

    CallErrorException(String action, String errorCode, String errorDescription, JsonNode errorDetails) {
        super(action + " answered with CALLERROR " + errorCode
                + (errorDescription.isEmpty() ? "" : ": " + errorDescription));
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
        this.errorDetails = errorDetails;
    }

    /** The error code as sent; normally one of {@link ErrorCode}. */
    public String errorCode() {
        return errorCode;
    }

    public String errorDescription() {
        return errorDescription;
    }

    public JsonNode errorDetails() {
        return errorDetails;
    }
}
