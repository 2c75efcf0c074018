package io.ocppsim.domain.connector;

/** The nine OCPP 1.6 connector statuses, spelled as in the specification. */
public enum ConnectorStatus {
    Available,
    Preparing,
    Charging,
    SuspendedEVSE,
    SuspendedEV,
    Finishing,
    Reserved,
    Unavailable,
    Faulted
}
