package io.ocppsim.adapter.ocpp.message.core;

/**
 * The answer to ChangeAvailability: {@code Scheduled} when the change waits for a running
 * transaction to end.
 */
public enum AvailabilityStatus {
    Accepted, Rejected, Scheduled
}
