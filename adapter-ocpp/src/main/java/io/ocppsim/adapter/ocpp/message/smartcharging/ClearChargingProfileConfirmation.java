package io.ocppsim.adapter.ocpp.message.smartcharging;

/** ClearChargingProfile.conf: whether any profile was removed. */
public record ClearChargingProfileConfirmation(ClearChargingProfileStatus status) {
}
