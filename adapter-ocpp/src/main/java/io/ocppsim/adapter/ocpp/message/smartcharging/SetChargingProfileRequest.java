package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * SetChargingProfile.req: install a charging profile on {@code connectorId} (0 = the charge point
 * as a whole). Both fields are required; the profile's field keeps the specification's name,
 * {@code csChargingProfiles}, though it holds one profile.
 */
public record SetChargingProfileRequest(int connectorId, ChargingProfile csChargingProfiles) {
}
