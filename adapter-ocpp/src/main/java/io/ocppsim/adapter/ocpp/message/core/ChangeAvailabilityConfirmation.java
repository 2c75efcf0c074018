package io.ocppsim.adapter.ocpp.message.core;

/** ChangeAvailability.conf: whether the change was done, refused or scheduled. */
public record ChangeAvailabilityConfirmation(AvailabilityStatus status) {
}
