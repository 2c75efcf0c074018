package io.ocppsim.adapter.ocpp.sandbox;

/** The status a Central System answers a BootNotification with. */
public enum RegistrationStatus {
    Accepted,
    Pending,
    Rejected
}
