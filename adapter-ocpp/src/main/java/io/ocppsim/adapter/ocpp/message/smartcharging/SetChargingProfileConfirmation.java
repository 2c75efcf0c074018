package io.ocppsim.adapter.ocpp.message.smartcharging;

/** SetChargingProfile.conf: whether the profile was installed. */
public record SetChargingProfileConfirmation(ChargingProfileStatus status) {
}
