package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.smartcharging.ChargingProfile;
import io.ocppsim.domain.smartcharging.ChargingProfilePurpose;
import io.ocppsim.domain.smartcharging.ChargingRateUnit;
import io.ocppsim.domain.smartcharging.CompositeSchedule;
import java.time.Duration;
import java.util.Optional;

/** The Smart Charging profile's requests of a Central System. */
public interface SmartChargingUseCase {

    enum ChargingProfileStatus { Accepted, Rejected, NotSupported }

    enum ClearChargingProfileStatus { Accepted, Unknown }

    Reply<ChargingProfileStatus> setChargingProfile(ChargePointId chargePoint, int connectorId,
            ChargingProfile profile);

    /** Every argument may be null: no criterion. */
    Reply<ClearChargingProfileStatus> clearChargingProfile(ChargePointId chargePoint, Integer id, Integer connectorId,
            ChargingProfilePurpose purpose, Integer stackLevel);

    /**
     * GetCompositeSchedule: the schedule in force on the connector from now for {@code duration};
     * empty answers Rejected (unknown connector, or nothing to report).
     *
     * @param unit null: the charge point's choice
     */
    Reply<Optional<CompositeSchedule>> getCompositeSchedule(ChargePointId chargePoint, int connectorId,
            Duration duration, ChargingRateUnit unit);
}
