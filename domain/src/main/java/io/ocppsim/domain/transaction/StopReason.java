package io.ocppsim.domain.transaction;

/** Why a transaction stopped: OCPP 1.6's Reason values, spelled as in the specification. */
public enum StopReason {
    EmergencyStop,
    EVDisconnected,
    HardReset,
    Local,
    Other,
    PowerLoss,
    Reboot,
    Remote,
    SoftReset,
    UnlockCommand,
    DeAuthorized
}
