package io.ocppsim.domain.smartcharging;

import static io.ocppsim.domain.smartcharging.TestProfiles.period;
import static io.ocppsim.domain.smartcharging.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmartChargingValuesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private static void assertInvalid(ThrowingCallable call, String field, String reasonFragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reasonFragment);
        });
    }

    private static ChargingSchedule schedule(ChargingSchedulePeriod... periods) {
        return new ChargingSchedule(null, null, ChargingRateUnit.W, Arrays.asList(periods), null);
    }

    @Test
    void aPeriodStartsAtZeroOrLaterWithAFiniteLimitAndOneToThreePhases() {
        assertThat(new ChargingSchedulePeriod(0, 0, null).numberPhases()).isNull();
        assertThat(new ChargingSchedulePeriod(60, 16.5, 1).limit()).isEqualTo(16.5);
        assertThat(new ChargingSchedulePeriod(60, 16.5, 3).numberPhases()).isEqualTo(3);
        assertInvalid(() -> new ChargingSchedulePeriod(-1, 10, null), "startPeriod", ">= 0, was -1");
        assertInvalid(() -> new ChargingSchedulePeriod(0, -0.1, null), "limit", ">= 0");
        assertInvalid(() -> new ChargingSchedulePeriod(0, Double.NaN, null), "limit", "finite");
        assertInvalid(() -> new ChargingSchedulePeriod(0, Double.POSITIVE_INFINITY, null), "limit", "finite");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void aPeriodRefusesPhasesOutsideOneToThree(int phases) {
        assertInvalid(() -> new ChargingSchedulePeriod(0, 10, phases), "numberPhases", "1, 2 or 3, was " + phases);
    }

    @Test
    void aScheduleHasPeriodsStartingAtZeroAndStrictlyIncreasing() {
        assertThat(schedule(period(0, 10), period(60, 5)).periods()).hasSize(2);
        assertInvalid(() -> schedule(), "chargingSchedulePeriod", "at least one period");
        assertInvalid(() -> new ChargingSchedule(null, null, ChargingRateUnit.W, null, null),
                "chargingSchedulePeriod", "required");
        assertInvalid(() -> schedule(period(0, 10), null), "chargingSchedulePeriod", "required");
        assertInvalid(() -> schedule(period(10, 10)), "chargingSchedulePeriod", "first period must start at 0, was 10");
        assertInvalid(() -> schedule(period(0, 10), period(60, 5), period(60, 4)), "chargingSchedulePeriod",
                "60 follows 60");
        assertInvalid(() -> schedule(period(0, 10), period(60, 5), period(30, 4)), "chargingSchedulePeriod",
                "30 follows 60");
    }

    @Test
    void aScheduleNeedsAUnitAndAPositiveDurationAndANonNegativeMinimumRate() {
        List<ChargingSchedulePeriod> periods = List.of(period(0, 10));
        assertInvalid(() -> new ChargingSchedule(null, null, null, periods, null), "chargingRateUnit", "required");
        assertInvalid(() -> new ChargingSchedule(0, null, ChargingRateUnit.A, periods, null), "duration",
                "> 0 seconds, was 0");
        assertInvalid(() -> new ChargingSchedule(null, null, ChargingRateUnit.A, periods, -1.0), "minChargingRate",
                ">= 0");
        ChargingSchedule full = new ChargingSchedule(3600, T0, ChargingRateUnit.A, periods, 6.0);
        assertThat(full.durationSeconds()).isEqualTo(3600);
        assertThat(full.minChargingRate()).isEqualTo(6.0);
    }

    @Test
    void aScheduleKeepsItsOwnCopyOfThePeriods() {
        List<ChargingSchedulePeriod> periods = new ArrayList<>(List.of(period(0, 10)));
        ChargingSchedule schedule = new ChargingSchedule(null, null, ChargingRateUnit.W, periods, null);
        periods.add(period(60, 5));
        assertThat(schedule.periods()).containsExactly(period(0, 10));
        assertThatThrownBy(() -> schedule.periods().add(period(60, 5))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aProfileHasANonNegativeStackLevel() {
        assertThat(profile(1, ChargingProfilePurpose.TxDefaultProfile).stack(0).build().stackLevel()).isZero();
        assertInvalid(() -> profile(1, ChargingProfilePurpose.TxDefaultProfile).stack(-1).build(), "stackLevel",
                ">= 0, was -1");
    }

    @Test
    void aRecurringProfileNeedsARecurrencyKindAndAStart() {
        ChargingSchedule withStart = schedule(period(0, 10)).withStart(T0);
        assertInvalid(() -> new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxDefaultProfile,
                ChargingProfileKind.Recurring, null, null, null, withStart), "recurrencyKind", "required");
        assertInvalid(() -> new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxDefaultProfile,
                ChargingProfileKind.Recurring, RecurrencyKind.Daily, null, null, schedule(period(0, 10))),
                "startSchedule", "Recurring");
        assertThat(new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxDefaultProfile,
                ChargingProfileKind.Recurring, RecurrencyKind.Weekly, null, null, withStart).recurrencyKind())
                .isEqualTo(RecurrencyKind.Weekly);
    }

    @Test
    void onlyATxProfileNamesATransaction() {
        assertThat(profile(1, ChargingProfilePurpose.TxProfile).transaction(42).build().transactionId()).isEqualTo(42);
        assertInvalid(() -> profile(1, ChargingProfilePurpose.TxDefaultProfile).transaction(42).build(),
                "transactionId", "only allowed on a TxProfile, not on TxDefaultProfile");
        assertInvalid(() -> profile(1, ChargingProfilePurpose.ChargePointMaxProfile).transaction(42).build(),
                "transactionId", "ChargePointMaxProfile");
    }

    @Test
    void aProfileIsValidFromBeforeValidTo() {
        assertInvalid(() -> profile(1, ChargingProfilePurpose.TxDefaultProfile).valid(T0, T0).build(), "validTo",
                "after validFrom");
        assertInvalid(() -> profile(1, ChargingProfilePurpose.TxDefaultProfile).valid(T0.plusSeconds(1), T0).build(),
                "validTo", "after validFrom");
        ChargingProfile open = profile(1, ChargingProfilePurpose.TxDefaultProfile).valid(T0, null).build();
        assertThat(open.isValidAt(T0)).isTrue();
        assertThat(open.isValidAt(T0.minusSeconds(1))).isFalse();
        ChargingProfile closed = profile(1, ChargingProfilePurpose.TxDefaultProfile).valid(null, T0).build();
        assertThat(closed.isValidAt(T0.minusSeconds(1))).isTrue();
        assertThat(closed.isValidAt(T0)).isFalse();
    }

    @Test
    void aProfileNeedsAPurposeAKindAndASchedule() {
        ChargingSchedule schedule = schedule(period(0, 10));
        assertInvalid(() -> new ChargingProfile(1, null, 0, null, ChargingProfileKind.Relative, null, null, null,
                schedule), "chargingProfilePurpose", "required");
        assertInvalid(() -> new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxProfile, null, null, null, null,
                schedule), "chargingProfileKind", "required");
        assertInvalid(() -> new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxProfile,
                ChargingProfileKind.Relative, null, null, null, null), "chargingSchedule", "required");
    }

    @Test
    void aRejectionHasAReasonAndAnAcceptanceHasNone() {
        assertThat(SetResult.accepted().isAccepted()).isTrue();
        assertThat(SetResult.rejected("no").reason()).isEqualTo("no");
        assertInvalid(() -> SetResult.rejected(null), "reason", "required");
        assertInvalid(() -> new SetResult(SetStatus.Accepted, "fine"), "reason", "only a rejection");
    }

    @Test
    void aCompositeScheduleKeepsItsPeriodsInsideItsDuration() {
        List<ChargingSchedulePeriod> periods = List.of(period(0, 10), period(60, 5));
        assertThat(new CompositeSchedule(1, T0, 61, ChargingRateUnit.W, periods).periods()).hasSize(2);
        assertInvalid(() -> new CompositeSchedule(1, T0, 60, ChargingRateUnit.W, periods), "chargingSchedulePeriod",
                "not inside the duration 60");
        assertInvalid(() -> new CompositeSchedule(1, T0, 0, ChargingRateUnit.W, periods), "duration", "> 0");
        assertInvalid(() -> new CompositeSchedule(-1, T0, 61, ChargingRateUnit.W, periods), "connectorId", ">= 0");
        assertInvalid(() -> new CompositeSchedule(1, null, 61, ChargingRateUnit.W, periods), "scheduleStart",
                "required");
        assertInvalid(() -> new CompositeSchedule(1, T0, 61, ChargingRateUnit.W, List.of(period(5, 1))),
                "chargingSchedulePeriod", "start at 0");
    }

    @Test
    void theConfigurationLimitsArePlausible() {
        Set<ChargingRateUnit> both = EnumSet.allOf(ChargingRateUnit.class);
        assertInvalid(() -> new ChargingProfiles(0, 5, 10, 24, both), "connectorCount", ">= 1");
        assertInvalid(() -> new ChargingProfiles(2, -1, 10, 24, both), "ChargeProfileMaxStackLevel", ">= 0");
        assertInvalid(() -> new ChargingProfiles(2, 5, 0, 24, both), "MaxChargingProfilesInstalled", ">= 1");
        assertInvalid(() -> new ChargingProfiles(2, 5, 10, 0, both), "ChargingScheduleMaxPeriods", ">= 1");
        assertInvalid(() -> new ChargingProfiles(2, 5, 10, 24, Set.of()), "ChargingScheduleAllowedChargingRateUnit",
                "at least one");
    }

    @Test
    void recurrenciesLastADayAndAWeek() {
        assertThat(RecurrencyKind.Daily.cycle().toHours()).isEqualTo(24);
        assertThat(RecurrencyKind.Weekly.cycle().toDays()).isEqualTo(7);
    }
}
