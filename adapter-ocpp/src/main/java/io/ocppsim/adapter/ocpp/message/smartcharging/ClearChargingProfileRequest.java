package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * ClearChargingProfile.req: remove charging profiles. Every field is optional and narrows the
 * choice: the profile's {@code id}, its connector (0 = the charge point as a whole), purpose and
 * stack level; with none set every profile is removed.
 */
public record ClearChargingProfileRequest(Integer id, Integer connectorId,
        ChargingProfilePurpose chargingProfilePurpose, Integer stackLevel) {
}
