package io.ocppsim.domain.smartcharging;

/** The answer to SetChargingProfile as the domain sees it (NotSupported is the adapter's business). */
public enum SetStatus {
    /** The profile is installed. */
    Accepted,
    /** The profile was refused; nothing changed. */
    Rejected
}
