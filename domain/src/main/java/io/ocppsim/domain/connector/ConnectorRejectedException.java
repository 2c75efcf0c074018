package io.ocppsim.domain.connector;

/** The event does not apply to the connector as it is now, for the given {@link Reason}. */
public final class ConnectorRejectedException extends ConnectorException {

    /** Why the connector refused. */
    public enum Reason {
        CABLE_ALREADY_PLUGGED_IN("a cable is already plugged in"),
        NO_CABLE("no cable is plugged in"),
        NOT_AUTHORIZED("no idTag has been authorized"),
        TRANSACTION_RUNNING("a transaction is running"),
        NO_TRANSACTION("no transaction is running"),
        FAULTED("the connector is faulted"),
        UNAVAILABLE("the connector is unavailable"),
        OCCUPIED("the connector is occupied"),
        RESERVED("the connector is reserved for another idTag"),
        NOT_RESERVED("the connector has no reservation"),
        NO_ACTIVE_FAULT("no such fault is active"),
        ALREADY_SUSPENDED("it is already suspended"),
        NOT_SUSPENDED("it is not suspended"),
        TARGET_REACHED("the EV's battery is at its target: it draws no more");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public ConnectorRejectedException(ConnectorId connectorId, ConnectorStatus status, ConnectorEvent event,
            Reason reason) {
        super(connectorId, status, event,
                "connector " + connectorId + " (" + status + ") refused " + event + ": " + reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
