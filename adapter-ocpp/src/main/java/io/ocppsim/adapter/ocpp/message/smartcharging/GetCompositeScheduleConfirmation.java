package io.ocppsim.adapter.ocpp.message.smartcharging;

import java.time.Instant;

/**
 * GetCompositeSchedule.conf: whether a schedule could be computed (required) and, when so, the
 * connector it is for, when it starts (its periods count from {@code scheduleStart}) and the merged
 * schedule. All but {@code status} are optional and left out when {@code Rejected}.
 */
public record GetCompositeScheduleConfirmation(GetCompositeScheduleStatus status, Integer connectorId,
        Instant scheduleStart, ChargingSchedule chargingSchedule) {
}
