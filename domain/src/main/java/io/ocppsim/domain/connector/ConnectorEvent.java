package io.ocppsim.domain.connector;

/**
 * What can happen to a connector. Each {@link Connector} operation is one of these; an error names
 * the event that was refused.
 */
public enum ConnectorEvent {
    /** A cable is plugged into the connector. */
    PLUG_IN,
    /** The cable is pulled out. */
    PLUG_OUT,
    /** A user presented an idTag that was accepted. */
    AUTHORIZE,
    /** A transaction starts. */
    START_TRANSACTION,
    /** The running transaction stops. */
    STOP_TRANSACTION,
    /** The EV stops drawing energy. */
    EV_SUSPEND,
    /** The EV draws energy again. */
    EV_RESUME,
    /** The charge point stops offering energy. */
    EVSE_SUSPEND,
    /** The charge point offers energy again. */
    EVSE_RESUME,
    /** An accepted idTag waited for a cable longer than ConnectionTimeOut. */
    CONNECTION_TIMEOUT,
    /** The connector is reserved for an idTag. */
    RESERVE,
    /** A reservation is cancelled or expired. */
    END_RESERVATION,
    /** The connector is set Inoperative. */
    MAKE_INOPERATIVE,
    /** The connector is set Operative. */
    MAKE_OPERATIVE,
    /** A fault becomes active. */
    FAULT,
    /** A fault is cleared. */
    CLEAR_FAULT,
    /** The EV's battery reached its target (or, after a replug, has not). */
    EV_TARGET_REACHED,
    /** The smart-charging limit went to zero or rose from it. */
    LIMIT_CHANGED
}
