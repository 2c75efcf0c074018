package io.ocppsim.domain.configuration;

import java.util.Optional;

/**
 * The six OCPP 1.6 feature profiles, spelled as on the wire (the values of the
 * SupportedFeatureProfiles configuration key). Every charge point supports {@link #Core}; the
 * others are optional, and the configuration keys of a profile a charge point does not support
 * are unknown to the Central System.
 */
public enum FeatureProfile {
    /** Booting, heartbeats, authorization, transactions, meter values, configuration, reset. */
    Core,
    /** UpdateFirmware and GetDiagnostics with their status notifications. */
    FirmwareManagement,
    /** GetLocalListVersion and SendLocalList. */
    LocalAuthListManagement,
    /** ReserveNow and CancelReservation. */
    Reservation,
    /** SetChargingProfile, ClearChargingProfile and GetCompositeSchedule. */
    SmartCharging,
    /** TriggerMessage. */
    RemoteTrigger;

    /**
     * The profile with exactly this wire name (case-sensitive), or empty for anything else,
     * {@code null} included.
     */
    public static Optional<FeatureProfile> fromWire(String name) {
        for (FeatureProfile profile : values()) {
            if (profile.name().equals(name)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}
