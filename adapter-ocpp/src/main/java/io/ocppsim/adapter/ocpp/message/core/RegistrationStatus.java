package io.ocppsim.adapter.ocpp.message.core;

/** The Central System's verdict on a BootNotification. */
public enum RegistrationStatus {
    Accepted, Pending, Rejected
}
