package io.ocppsim.domain.smartcharging;

import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.ChargePointMaxProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxDefaultProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxProfile;
import static io.ocppsim.domain.smartcharging.TestProfiles.period;
import static io.ocppsim.domain.smartcharging.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** GetCompositeSchedule: the merged limits over a window. */
class CompositeScheduleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final double VOLTS = 230;

    private final ChargingProfiles profiles = new ChargingProfiles(2, 10, 20, 10,
            EnumSet.allOf(ChargingRateUnit.class));

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private void install(int connectorId, ChargingProfile profile) {
        Integer transaction = profile.purpose() == TxProfile ? 7 : null;
        assertThat(profiles.set(connectorId, profile, transaction).isAccepted()).isTrue();
    }

    @Nested
    class ThreeProfiles {

        /** The transaction on connector 1 started ten minutes before the window. */
        private static final Instant STARTED = at(-600);

        ThreeProfiles() {
            // the charge point: 20 kW for half an hour, then 8 kW
            install(0, profile(1, ChargePointMaxProfile).absolute(T0).periods(period(0, 20000), period(1800, 8000))
                    .build());
            // every transaction: 32 A on three phases, 22080 W
            install(0, profile(2, TxDefaultProfile).unit(ChargingRateUnit.A).limit(32).build());
            // this transaction, from 10:10 for half an hour: 16 A on three phases, after 15 minutes 30 A on one
            install(1, profile(3, TxProfile).stack(1).absolute(at(600)).duration(1800).unit(ChargingRateUnit.A)
                    .periods(period(0, 16), period(900, 30, 1)).build());
        }

        @Test
        void inWattsEachChangeOfTheEffectiveLimitStartsAPeriod() {
            CompositeSchedule composite = profiles.composite(1, T0, HOUR, ChargingRateUnit.W, STARTED, VOLTS, 3)
                    .orElseThrow();

            assertThat(composite).isEqualTo(new CompositeSchedule(1, T0, 3600, ChargingRateUnit.W, List.of(
                    period(0, 20000), // the TxDefaultProfile's 22080 W capped by the charge point
                    period(600, 11040), // the TxProfile's 16 A
                    period(1500, 6900, 1), // 30 A on one phase; at 1800 the cap drops to 8000, still above: merged
                    period(2400, 8000)))); // the TxProfile ended, 22080 W capped again
        }

        @Test
        void inAmperesTheLimitsCountPerPhase() {
            CompositeSchedule composite = profiles.composite(1, T0, HOUR, ChargingRateUnit.A, STARTED, VOLTS, 3)
                    .orElseThrow();

            assertThat(composite.unit()).isEqualTo(ChargingRateUnit.A);
            assertThat(composite.periods()).containsExactly(period(0, 29.0), period(600, 16), period(1500, 30, 1),
                    period(2400, 11.6));
        }

        @Test
        void withoutUnitItAnswersInWatts() {
            assertThat(profiles.composite(1, T0, HOUR, null, STARTED, VOLTS, 3).orElseThrow().unit())
                    .isEqualTo(ChargingRateUnit.W);
        }

        @Test
        void connectorZeroShowsTheChargePointMaximumAlone() {
            assertThat(profiles.composite(0, T0, HOUR, ChargingRateUnit.W, STARTED, VOLTS, 3)).contains(
                    new CompositeSchedule(0, T0, 3600, ChargingRateUnit.W, List.of(period(0, 20000), period(1800, 8000))));
        }

        @Test
        void anotherConnectorGetsTheDefaultUnderTheMaximum() {
            assertThat(profiles.composite(2, T0, HOUR, ChargingRateUnit.W, STARTED, VOLTS, 3).orElseThrow().periods())
                    .containsExactly(period(0, 20000), period(1800, 8000));
        }

        @Test
        void theWindowStartsOnAWholeSecond() {
            CompositeSchedule composite = profiles.composite(1, T0.plusMillis(400), Duration.ofMillis(3_600_900),
                    ChargingRateUnit.W, STARTED, VOLTS, 3).orElseThrow();

            assertThat(composite.scheduleStart()).isEqualTo(T0);
            assertThat(composite.durationSeconds()).isEqualTo(3600);
            assertThat(composite.periods()).hasSize(4);
        }

        @Test
        void itAgreesWithTheLimitInForceThroughoutTheWindow() {
            CompositeSchedule composite = profiles.composite(1, at(-300), Duration.ofHours(2), ChargingRateUnit.W,
                    STARTED, VOLTS, 3).orElseThrow();
            assertAgreesWithLimitInForce(composite, STARTED, false);
        }

        @Test
        void aShortWindowSeesOnlyWhatIsInIt() {
            assertThat(profiles.composite(1, at(1200), Duration.ofSeconds(900), ChargingRateUnit.W, STARTED, VOLTS, 3))
                    .contains(new CompositeSchedule(1, at(1200), 900, ChargingRateUnit.W,
                            List.of(period(0, 11040), period(300, 6900, 1))));
        }
    }

    @Test
    void aTransactionStartingInTheWindowBringsItsDefault() {
        install(0, profile(1, ChargePointMaxProfile).limit(10000).build());
        install(1, profile(2, TxDefaultProfile).limit(5000).build());

        assertThat(profiles.composite(1, T0, HOUR, ChargingRateUnit.W, at(300), VOLTS, 3).orElseThrow().periods())
                .containsExactly(period(0, 10000), period(300, 5000));
    }

    @Test
    void aWindowThatBeginsUnlimitedStartsWhereTheFirstLimitBegins() {
        install(1, profile(1, TxProfile).absolute(at(600)).duration(1800).unit(ChargingRateUnit.A)
                .periods(period(0, 16), period(900, 30, 1)).build());

        assertThat(profiles.composite(1, T0, HOUR, ChargingRateUnit.W, at(-600), VOLTS, 3)).contains(
                new CompositeSchedule(1, at(600), 1800, ChargingRateUnit.W, List.of(period(0, 11040),
                        period(900, 6900, 1))));
    }

    @Test
    void theScheduleEndsWhereTheLimitsStop() {
        install(0, profile(1, ChargePointMaxProfile).limit(9000).valid(at(100), at(200)).build());

        assertThat(profiles.composite(1, T0, HOUR, ChargingRateUnit.W, null, VOLTS, 3)).contains(
                new CompositeSchedule(1, at(100), 100, ChargingRateUnit.W, List.of(period(0, 9000))));
    }

    @Test
    void whenNoProfileAppliesInTheWindowThereIsNoSchedule() {
        assertThat(profiles.composite(1, T0, HOUR, ChargingRateUnit.W, at(-600), VOLTS, 3)).isEmpty();

        install(0, profile(1, TxDefaultProfile).limit(5000).build());
        install(0, profile(2, ChargePointMaxProfile).limit(9000).valid(at(3600), null).build());
        assertThat(profiles.composite(1, T0, HOUR, ChargingRateUnit.W, null, VOLTS, 3)).as("no transaction").isEmpty();
    }

    @Test
    void aDailyScheduleAcrossMidnight() {
        // 22:00 to 06:00 at 3 kW, the rest of the day at 11 kW
        install(0, profile(1, TxDefaultProfile).recurring(RecurrencyKind.Daily, Instant.parse("2026-03-01T22:00:00Z"))
                .periods(period(0, 3000), period(8 * 3600, 11000)).build());
        Instant evening = Instant.parse("2026-03-02T20:00:00Z");

        Optional<CompositeSchedule> composite = profiles.composite(1, evening, Duration.ofHours(12),
                ChargingRateUnit.W, evening.minusSeconds(3600), VOLTS, 3);

        assertThat(composite).contains(new CompositeSchedule(1, evening, 43_200, ChargingRateUnit.W,
                List.of(period(0, 11000), period(7200, 3000), period(36_000, 11000))));
    }

    @Test
    void aDailyScheduleAgreesWithTheLimitInForceOverThreeDays() {
        install(0, profile(1, ChargePointMaxProfile).limit(9000).valid(null, at(86_400)).build());
        install(0, profile(2, TxDefaultProfile).recurring(RecurrencyKind.Daily, Instant.parse("2026-03-01T22:00:00Z"))
                .duration(10 * 3600).periods(period(0, 3000), period(8 * 3600, 11000)).build());
        Instant started = at(-3600);

        CompositeSchedule composite = profiles.composite(1, T0, Duration.ofDays(3), ChargingRateUnit.W, started,
                VOLTS, 3).orElseThrow();

        // 10:00-22:00 the maximum alone, 22:00-06:00 the night rate, 06:00-08:00 the day rate capped, 08:00-10:00
        // the maximum alone again; when it expires at 10:00 nothing limits until 22:00
        assertThat(composite.periods()).containsExactly(period(0, 9000), period(43_200, 3000), period(72_000, 9000));
        assertThat(composite.durationSeconds()).isEqualTo(86_400);
        assertAgreesWithLimitInForce(composite, started, true);
    }

    @Test
    void aWeeklyScheduleOverAWeekend() {
        // weekdays at 7 kW, weekend at 22 kW, weeks from Monday 00:00
        install(0, profile(1, ChargePointMaxProfile).recurring(RecurrencyKind.Weekly,
                Instant.parse("2026-03-02T00:00:00Z")).periods(period(0, 7000), period(5 * 86_400, 22000)).build());
        Instant fridayNoon = Instant.parse("2026-03-13T12:00:00Z");

        assertThat(profiles.composite(0, fridayNoon, Duration.ofDays(3), ChargingRateUnit.W, null, VOLTS, 3))
                .contains(new CompositeSchedule(0, fridayNoon, 259_200, ChargingRateUnit.W,
                        List.of(period(0, 7000), period(43_200, 22000), period(216_000, 7000))));
    }

    /** Samples the composite every minute and at each period's edges against {@link ChargingProfiles#limitWatts}. */
    private void assertAgreesWithLimitInForce(CompositeSchedule composite, Instant transactionStart,
            boolean endsWhereTheLimitsStop) {
        List<ChargingSchedulePeriod> periods = composite.periods();
        for (int i = 0; i < periods.size(); i++) {
            int from = periods.get(i).startPeriod();
            int to = i + 1 < periods.size() ? periods.get(i + 1).startPeriod() : composite.durationSeconds();
            for (int offset = from; offset < to; offset += 60) {
                assertLimitAt(composite, transactionStart, offset, periods.get(i).limit());
            }
            assertLimitAt(composite, transactionStart, to - 1, periods.get(i).limit());
        }
        if (endsWhereTheLimitsStop) {
            Instant end = composite.scheduleStart().plusSeconds(composite.durationSeconds());
            assertThat(profiles.limitWatts(composite.connectorId(), end, transactionStart, VOLTS, 3))
                    .as("the composite ends where the limits stop").isEmpty();
        }
    }

    private void assertLimitAt(CompositeSchedule composite, Instant transactionStart, int offset, double expected) {
        Instant instant = composite.scheduleStart().plusSeconds(offset);
        assertThat(profiles.limitWatts(composite.connectorId(), instant, transactionStart, VOLTS, 3))
                .as("limit at %s", instant).hasValue(expected);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> profiles.composite(3, T0, HOUR, null, null, VOLTS, 3))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("connectorId:");
        assertThatThrownBy(() -> profiles.composite(1, T0, Duration.ofMillis(999), null, null, VOLTS, 3))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("duration:");
        assertThatThrownBy(() -> profiles.composite(1, T0, HOUR, null, null, VOLTS, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("phases:");
    }
}
