package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.FeatureProfile;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a Central System may ask of the charge points of this process, one use case per
 * feature profile, and which profiles each charge point supports (a request of another profile is
 * answered NotSupported by the adapter).
 */
public record CentralSystemRequests(CoreProfileUseCase core, FirmwareManagementUseCase firmware,
        LocalAuthListManagementUseCase localAuthList, ReservationUseCase reservation, SmartChargingUseCase smartCharging,
        RemoteTriggerUseCase remoteTrigger, SupportedProfiles supportedProfiles) {

    public CentralSystemRequests {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(localAuthList, "localAuthList");
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(smartCharging, "smartCharging");
        Objects.requireNonNull(remoteTrigger, "remoteTrigger");
        Objects.requireNonNull(supportedProfiles, "supportedProfiles");
    }

    /** The feature profiles a charge point supports (SupportedFeatureProfiles). */
    @FunctionalInterface
    public interface SupportedProfiles {
        Set<FeatureProfile> of(ChargePointId chargePoint);
    }
}
