package io.ocppsim.adapter.ocpp.in;

import io.ocppsim.adapter.ocpp.message.core.IdTagInfo;
import io.ocppsim.adapter.ocpp.message.localauth.AuthorizationData;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfile;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingSchedule;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingSchedulePeriod;
import io.ocppsim.domain.authorization.UpdateType;
import io.ocppsim.domain.smartcharging.ChargingProfileKind;
import io.ocppsim.domain.smartcharging.ChargingProfilePurpose;
import io.ocppsim.domain.smartcharging.ChargingRateUnit;
import io.ocppsim.domain.smartcharging.CompositeSchedule;
import io.ocppsim.domain.smartcharging.RecurrencyKind;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import java.util.List;

/**
 * Between the Central System's payloads and the application's and domain's types. Enumerations
 * map by name: both sides spell them as the specification does. A value the domain refuses throws
 * its {@link io.ocppsim.domain.common.InvalidValueException}, which the handler answers.
 */
final class RequestMapping {

    private RequestMapping() {
    }

    static IdTag idTag(String value) {
        return value == null ? null : IdTag.of(value);
    }

    static io.ocppsim.domain.smartcharging.ChargingProfile chargingProfile(ChargingProfile wire) {
        ChargingSchedule schedule = wire.chargingSchedule();
        return new io.ocppsim.domain.smartcharging.ChargingProfile(wire.chargingProfileId(), wire.transactionId(),
                wire.stackLevel(), ChargingProfilePurpose.valueOf(wire.chargingProfilePurpose().name()),
                ChargingProfileKind.valueOf(wire.chargingProfileKind().name()),
                wire.recurrencyKind() == null ? null : RecurrencyKind.valueOf(wire.recurrencyKind().name()),
                wire.validFrom(), wire.validTo(),
                new io.ocppsim.domain.smartcharging.ChargingSchedule(schedule.duration(), schedule.startSchedule(),
                        ChargingRateUnit.valueOf(schedule.chargingRateUnit().name()),
                        schedule.chargingSchedulePeriod().stream()
                                .map(p -> new io.ocppsim.domain.smartcharging.ChargingSchedulePeriod(p.startPeriod(),
                                        p.limit(), p.numberPhases()))
                                .toList(),
                        schedule.minChargingRate()));
    }

    static ChargingSchedule compositeSchedule(CompositeSchedule schedule) {
        return new ChargingSchedule(schedule.durationSeconds(), schedule.scheduleStart(),
                io.ocppsim.adapter.ocpp.message.smartcharging.ChargingRateUnit.valueOf(schedule.unit().name()),
                schedule.periods().stream()
                        .map(p -> new ChargingSchedulePeriod(p.startPeriod(), Math.round(p.limit() * 10) / 10.0,
                                p.numberPhases()))
                        .toList(),
                null);
    }

    static List<io.ocppsim.domain.authorization.AuthorizationData> localList(List<AuthorizationData> wire) {
        if (wire == null) {
            return List.of();
        }
        return wire.stream().map(entry -> new io.ocppsim.domain.authorization.AuthorizationData(
                IdTag.of(entry.idTag()), entry.idTagInfo() == null ? null : idTagInfo(entry.idTagInfo()))).toList();
    }

    static io.ocppsim.domain.transaction.IdTagInfo idTagInfo(IdTagInfo wire) {
        return new io.ocppsim.domain.transaction.IdTagInfo(AuthorizationStatus.valueOf(wire.status().name()),
                wire.expiryDate(), idTag(wire.parentIdTag()));
    }

    static UpdateType updateType(io.ocppsim.adapter.ocpp.message.localauth.UpdateType wire) {
        return UpdateType.valueOf(wire.name());
    }
}
