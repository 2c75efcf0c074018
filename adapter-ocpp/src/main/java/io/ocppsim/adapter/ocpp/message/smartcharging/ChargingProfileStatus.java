package io.ocppsim.adapter.ocpp.message.smartcharging;

/** The answer to SetChargingProfile. */
public enum ChargingProfileStatus {
    Accepted, Rejected, NotSupported
}
