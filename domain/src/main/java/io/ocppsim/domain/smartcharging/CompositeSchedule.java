package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.List;

/**
 * The answer to GetCompositeSchedule: the limits in force on {@code connectorId} from
 * {@code scheduleStart} for {@code durationSeconds}, in {@code unit}. Periods count from
 * {@code scheduleStart}, the first starts at 0, starts increase strictly and lie inside the
 * duration; adjacent periods always differ (equal neighbours are merged by whoever builds it).
 */
public record CompositeSchedule(int connectorId, Instant scheduleStart, int durationSeconds, ChargingRateUnit unit,
        List<ChargingSchedulePeriod> periods) {

    public CompositeSchedule {
        if (connectorId < 0) {
            throw new InvalidValueException("connectorId", "must be >= 0, was " + connectorId);
        }
        Checks.required("scheduleStart", scheduleStart);
        if (durationSeconds <= 0) {
            throw new InvalidValueException("duration", "must be > 0 seconds, was " + durationSeconds);
        }
        Checks.required("chargingRateUnit", unit);
        periods = ChargingSchedule.checkedPeriods(periods);
        int lastStart = periods.get(periods.size() - 1).startPeriod();
        if (lastStart >= durationSeconds) {
            throw new InvalidValueException("chargingSchedulePeriod",
                    "a period starts at " + lastStart + ", not inside the duration " + durationSeconds);
        }
    }
}
