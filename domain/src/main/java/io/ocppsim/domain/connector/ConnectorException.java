package io.ocppsim.domain.connector;

/** A connector refused an event; nothing about the connector changed. */
public abstract sealed class ConnectorException extends RuntimeException
        permits IllegalTransitionException, ConnectorRejectedException {

    private final ConnectorId connectorId;
    private final ConnectorStatus status;
    private final ConnectorEvent event;

    protected ConnectorException(ConnectorId connectorId, ConnectorStatus status, ConnectorEvent event, String message) {
        super(message);
        this.connectorId = connectorId;
        this.status = status;
        this.event = event;
    }

    public ConnectorId connectorId() {
        return connectorId;
    }

    /** The connector's status when the event was refused, and still. */
    public ConnectorStatus status() {
        return status;
    }

    public ConnectorEvent event() {
        return event;
    }
}
