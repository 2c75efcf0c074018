package io.ocppsim.application.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A use case refused a command for a reason outside the connector's own rules (those come as the
 * domain's {@code ConnectorException}); nothing changed. {@link #details()} holds the particulars as
 * plain values, for the adapters to show.
 */
public final class RefusedException extends RuntimeException {

    /** Why the command was refused. */
    public enum Reason {
        /** No charge point has that id. */
        CHARGE_POINT_NOT_FOUND,
        /** The charge point has no connector with that id. */
        CONNECTOR_NOT_FOUND,
        /** The charge point has no connection to its Central System. */
        NOT_CONNECTED,
        /** The charge point is connected but the Central System has not accepted its BootNotification. */
        NOT_ACCEPTED,
        /** The Central System did not accept the idTag. */
        AUTHORIZATION_REJECTED,
        /** The Central System did not answer in time. */
        CENTRAL_SYSTEM_TIMEOUT,
        /** The Central System answered with an error or something that could not be understood. */
        CENTRAL_SYSTEM_ERROR
    }

    private final Reason reason;
    private final Map<String, Object> details;

    public RefusedException(Reason reason, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.reason = reason;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public RefusedException(Reason reason, String message) {
        this(reason, message, Map.of());
    }

    public Reason reason() {
        return reason;
    }

    public Map<String, Object> details() {
        return details;
    }
}
