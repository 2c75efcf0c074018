package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * One period of a charging schedule: from {@code startPeriod} seconds after the schedule's start
 * until the next period starts (or the schedule ends), at most {@code limit} in the schedule's
 * unit, using {@code numberPhases} phases (null: the charge point's default, 3 in OCPP).
 */
public record ChargingSchedulePeriod(int startPeriod, double limit, Integer numberPhases) {

    public ChargingSchedulePeriod {
        if (startPeriod < 0) {
            throw new InvalidValueException("startPeriod", "must be >= 0, was " + startPeriod);
        }
        Checks.nonNegativeFinite("limit", limit);
        if (numberPhases != null && (numberPhases < 1 || numberPhases > 3)) {
            throw new InvalidValueException("numberPhases", "must be 1, 2 or 3, was " + numberPhases);
        }
    }

    public static ChargingSchedulePeriod of(int startPeriod, double limit) {
        return new ChargingSchedulePeriod(startPeriod, limit, null);
    }
}
