package io.ocppsim.domain.connector;

/** The event would move the connector between two statuses that OCPP 1.6 does not connect. */
public final class IllegalTransitionException extends ConnectorException {

    private final ConnectorStatus to;

    public IllegalTransitionException(ConnectorId connectorId, ConnectorStatus from, ConnectorEvent event,
            ConnectorStatus to) {
        super(connectorId, from, event, "connector " + connectorId + ": " + event + " would go from " + from + " to "
                + to + ", which OCPP 1.6 does not allow");
        this.to = to;
    }

    public ConnectorStatus from() {
        return status();
    }

    public ConnectorStatus to() {
        return to;
    }
}
