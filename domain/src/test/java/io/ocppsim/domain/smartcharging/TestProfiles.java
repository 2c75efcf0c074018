package io.ocppsim.domain.smartcharging;

import java.time.Instant;
import java.util.List;

/** Builds charging profiles for the tests: a Relative one-period 1000 W profile unless told otherwise. */
final class TestProfiles {

    private TestProfiles() {
    }

    static Builder profile(int id, ChargingProfilePurpose purpose) {
        return new Builder(id, purpose);
    }

    static ChargingSchedulePeriod period(int startPeriod, double limit) {
        return ChargingSchedulePeriod.of(startPeriod, limit);
    }

    static ChargingSchedulePeriod period(int startPeriod, double limit, int numberPhases) {
        return new ChargingSchedulePeriod(startPeriod, limit, numberPhases);
    }

    static final class Builder {
        private final int id;
        private final ChargingProfilePurpose purpose;
        private Integer transactionId;
        private int stackLevel;
        private ChargingProfileKind kind = ChargingProfileKind.Relative;
        private RecurrencyKind recurrencyKind;
        private Instant validFrom;
        private Instant validTo;
        private Integer duration;
        private Instant startSchedule;
        private ChargingRateUnit unit = ChargingRateUnit.W;
        private List<ChargingSchedulePeriod> periods = List.of(period(0, 1000));

        private Builder(int id, ChargingProfilePurpose purpose) {
            this.id = id;
            this.purpose = purpose;
        }

        Builder stack(int level) {
            this.stackLevel = level;
            return this;
        }

        Builder transaction(Integer id) {
            this.transactionId = id;
            return this;
        }

        Builder absolute(Instant start) {
            this.kind = ChargingProfileKind.Absolute;
            this.startSchedule = start;
            return this;
        }

        Builder recurring(RecurrencyKind recurrency, Instant start) {
            this.kind = ChargingProfileKind.Recurring;
            this.recurrencyKind = recurrency;
            this.startSchedule = start;
            return this;
        }

        Builder valid(Instant from, Instant to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        Builder duration(Integer seconds) {
            this.duration = seconds;
            return this;
        }

        Builder unit(ChargingRateUnit rateUnit) {
            this.unit = rateUnit;
            return this;
        }

        Builder periods(ChargingSchedulePeriod... schedulePeriods) {
            this.periods = List.of(schedulePeriods);
            return this;
        }

        /** One period from 0 at this limit. */
        Builder limit(double limit) {
            return periods(period(0, limit));
        }

        ChargingProfile build() {
            return new ChargingProfile(id, transactionId, stackLevel, purpose, kind, recurrencyKind, validFrom, validTo,
                    new ChargingSchedule(duration, startSchedule, unit, periods, null));
        }
    }
}
