package io.ocppsim.domain.fault;

/** What an active fault does to its connector and to a transaction running there. */
public enum FaultEffect {
    /**
     * Reported with the connector's status (StatusNotification's errorCode), which stays what it
     * was: energy keeps flowing, e.g. a card reader that fails.
     */
    REPORTS_ONLY,
    /**
     * The connector reports Faulted and delivers no energy; a running transaction stays and charging
     * resumes when the fault clears, e.g. an over-voltage or a lost EV communication.
     */
    SUSPENDS_ENERGY,
    /**
     * The connector reports Faulted, delivers no energy, and a running transaction stops at once
     * with the code's stop reason, e.g. a ground failure (EmergencyStop).
     */
    STOPS_TRANSACTION
}
