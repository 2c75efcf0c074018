package io.ocppsim.adapter.ocpp.message.smartcharging;

/** The answer to ClearChargingProfile: {@code Unknown} when no profile matched. */
public enum ClearChargingProfileStatus {
    Accepted, Unknown
}
