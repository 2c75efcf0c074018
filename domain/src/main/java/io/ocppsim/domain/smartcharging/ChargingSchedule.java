package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of a charging profile over time.
 *
 * <p>{@code periods} is non-empty, the first starts at 0 and the starts strictly increase; each
 * period lasts until the next one starts. {@code durationSeconds} (optional, &gt; 0) ends the
 * schedule that long after its start; without it the last period lasts indefinitely (for a
 * recurring profile: until the next recurrence). {@code startSchedule} is where an Absolute or
 * Recurring schedule starts counting; {@code minChargingRate} (optional, &gt;= 0) is informative.
 */
public record ChargingSchedule(Integer durationSeconds, Instant startSchedule, ChargingRateUnit unit,
        List<ChargingSchedulePeriod> periods, Double minChargingRate) {

    public ChargingSchedule {
        if (durationSeconds != null && durationSeconds <= 0) {
            throw new InvalidValueException("duration", "must be > 0 seconds, was " + durationSeconds);
        }
        Checks.required("chargingRateUnit", unit);
        periods = checkedPeriods(periods);
        if (minChargingRate != null) {
            Checks.nonNegativeFinite("minChargingRate", minChargingRate);
        }
    }

    /** A schedule without duration, start or minimum rate: the common case of a relative or simple profile. */
    public static ChargingSchedule of(ChargingRateUnit unit, ChargingSchedulePeriod... periods) {
        return new ChargingSchedule(null, null, unit, List.of(periods), null);
    }

    /** The same schedule ending {@code seconds} after its start. */
    public ChargingSchedule withDuration(Integer seconds) {
        return new ChargingSchedule(seconds, startSchedule, unit, periods, minChargingRate);
    }

    /** The same schedule counting from {@code start}. */
    public ChargingSchedule withStart(Instant start) {
        return new ChargingSchedule(durationSeconds, start, unit, periods, minChargingRate);
    }

    /** The period in force {@code offsetSeconds} after the schedule's start (which must be >= 0). */
    ChargingSchedulePeriod periodAt(long offsetSeconds) {
        ChargingSchedulePeriod current = periods.get(0);
        for (ChargingSchedulePeriod period : periods) {
            if (period.startPeriod() > offsetSeconds) {
                break;
            }
            current = period;
        }
        return current;
    }

    /** Non-empty, no nulls, first start 0, starts strictly increasing; returned unmodifiable. */
    static List<ChargingSchedulePeriod> checkedPeriods(List<ChargingSchedulePeriod> periods) {
        Checks.required("chargingSchedulePeriod", periods);
        if (periods.isEmpty()) {
            throw new InvalidValueException("chargingSchedulePeriod", "must hold at least one period");
        }
        List<ChargingSchedulePeriod> copy = new ArrayList<>(periods.size());
        int previousStart = -1;
        for (ChargingSchedulePeriod period : periods) {
            Checks.required("chargingSchedulePeriod", period);
            if (previousStart < 0 && period.startPeriod() != 0) {
                throw new InvalidValueException("chargingSchedulePeriod",
                        "the first period must start at 0, was " + period.startPeriod());
            }
            if (period.startPeriod() <= previousStart) {
                throw new InvalidValueException("chargingSchedulePeriod",
                        "startPeriod must increase strictly, " + period.startPeriod() + " follows " + previousStart);
            }
            previousStart = period.startPeriod();
            copy.add(period);
        }
        return List.copyOf(copy);
    }
}
