package io.ocppsim.domain.smartcharging;

import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.ChargePointMaxProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxDefaultProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxProfile;
import static io.ocppsim.domain.smartcharging.TestProfiles.period;
import static io.ocppsim.domain.smartcharging.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The limit in force on a connector at an instant. */
class ChargingProfilesLimitTest {

    /** A Monday. */
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
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

    /** The limit on connector 1, three phases by default, with a transaction running since T0. */
    private OptionalDouble limitAt(long seconds) {
        return profiles.limitWatts(1, at(seconds), T0, VOLTS, 3);
    }

    @Test
    void withoutProfilesNothingLimits() {
        assertThat(limitAt(0)).isEmpty();
        assertThat(profiles.limitWatts(0, at(0), null, VOLTS, 3)).isEmpty();
    }

    @Nested
    class Stacking {

        @Test
        void theHighestStackLevelThatAppliesWins() {
            install(0, profile(1, TxDefaultProfile).stack(0).limit(11000).build());
            install(0, profile(2, TxDefaultProfile).stack(1).limit(7000).build());
            install(0, profile(3, TxDefaultProfile).stack(2).limit(9000).valid(at(3600), at(7200)).build());

            assertThat(limitAt(0)).hasValue(7000);
            assertThat(limitAt(3600)).hasValue(9000);
            assertThat(limitAt(7199)).hasValue(9000);
            assertThat(limitAt(7200)).hasValue(7000);
        }

        @Test
        void whenTheHigherScheduleEndsTheLowerOneTakesOver() {
            install(0, profile(1, TxDefaultProfile).stack(0).limit(11000).build());
            install(0, profile(2, TxDefaultProfile).stack(5).limit(4000).duration(600).build());

            assertThat(limitAt(599)).hasValue(4000);
            assertThat(limitAt(600)).hasValue(11000);
        }

        @Test
        void aTxProfileOverridesEveryTxDefaultProfileEvenWithAHigherLimitOrLowerStack() {
            install(1, profile(1, TxDefaultProfile).stack(9).limit(7000).build());
            install(1, profile(2, TxProfile).stack(0).limit(11000).duration(600).build());

            assertThat(limitAt(0)).hasValue(11000);
            assertThat(limitAt(600)).hasValue(7000);
        }

        @Test
        void txDefaultProfilesOnTheConnectorAndOnConnectorZeroCompeteByStackLevel() {
            install(0, profile(1, TxDefaultProfile).stack(1).limit(5000).build());
            install(1, profile(2, TxDefaultProfile).stack(1).limit(6000).build());
            assertThat(limitAt(0)).as("equal stack: the connector's own wins").hasValue(6000);
            assertThat(profiles.limitWatts(2, at(0), T0, VOLTS, 3)).as("connector 0's applies to all").hasValue(5000);

            install(0, profile(3, TxDefaultProfile).stack(2).limit(4000).build());
            assertThat(limitAt(0)).hasValue(4000);
        }

        @Test
        void theResultIsTheMinimumWithTheChargePointMaximum() {
            install(0, profile(1, ChargePointMaxProfile).limit(10000).build());
            install(1, profile(2, TxDefaultProfile).limit(11000).build());
            install(2, profile(3, TxDefaultProfile).limit(4000).build());

            assertThat(limitAt(0)).hasValue(10000);
            assertThat(profiles.limitWatts(2, at(0), T0, VOLTS, 3)).hasValue(4000);
            assertThat(profiles.limitWatts(0, at(0), T0, VOLTS, 3)).as("connector 0: the maximum alone").hasValue(10000);
        }

        @Test
        void theChargePointMaximumAlsoStacks() {
            install(0, profile(1, ChargePointMaxProfile).stack(0).limit(10000).build());
            install(0, profile(2, ChargePointMaxProfile).stack(1).limit(20000).valid(at(60), null).build());

            assertThat(profiles.limitWatts(1, at(0), null, VOLTS, 3)).hasValue(10000);
            assertThat(profiles.limitWatts(1, at(60), null, VOLTS, 3)).hasValue(20000);
        }
    }

    @Nested
    class Transactions {

        @Test
        void txProfilesAndTxDefaultProfilesApplyOnlyWhileATransactionRuns() {
            install(0, profile(1, TxDefaultProfile).absolute(T0).limit(7000).build());
            install(1, profile(2, TxProfile).stack(1).absolute(T0).limit(5000).build());

            assertThat(profiles.limitWatts(1, at(100), null, VOLTS, 3)).as("no transaction").isEmpty();
            assertThat(profiles.limitWatts(1, at(100), at(200), VOLTS, 3)).as("before it started").isEmpty();
            assertThat(profiles.limitWatts(1, at(200), at(200), VOLTS, 3)).hasValue(5000);
            assertThat(profiles.limitWatts(2, at(200), at(200), VOLTS, 3)).as("the TxProfile is connector 1's")
                    .hasValue(7000);
        }

        @Test
        void theChargePointMaximumAppliesWithoutATransaction() {
            install(0, profile(1, ChargePointMaxProfile).limit(10000).build());
            install(0, profile(2, TxDefaultProfile).limit(7000).build());

            assertThat(profiles.limitWatts(1, at(0), null, VOLTS, 3)).hasValue(10000);
        }

        @Test
        void whenTheTransactionEndsItsTxProfileNoLongerLimits() {
            install(0, profile(1, TxDefaultProfile).limit(7000).build());
            install(1, profile(2, TxProfile).limit(3000).build());
            assertThat(limitAt(10)).hasValue(3000);

            profiles.transactionEnded(1);

            assertThat(limitAt(10)).as("the next transaction falls back to the default").hasValue(7000);
        }
    }

    @Nested
    class Kinds {

        @Test
        void anAbsoluteScheduleCountsFromItsStartAndEndsAfterItsDuration() {
            install(1, profile(1, TxDefaultProfile).absolute(at(1000)).duration(7200).unit(ChargingRateUnit.A)
                    .periods(period(0, 16), period(3600, 10)).build());

            assertThat(limitAt(999)).isEmpty();
            assertThat(limitAt(1000)).hasValue(16 * 230 * 3);
            assertThat(limitAt(4599)).hasValue(16 * 230 * 3);
            assertThat(limitAt(4600)).hasValue(10 * 230 * 3);
            assertThat(limitAt(8199)).hasValue(10 * 230 * 3);
            assertThat(limitAt(8200)).isEmpty();
        }

        @Test
        void anAbsoluteScheduleWithoutStartCountsFromTheStartOfCharging() {
            install(1, profile(1, TxDefaultProfile).absolute(null).periods(period(0, 5000), period(600, 3000)).build());

            assertThat(profiles.limitWatts(1, at(1599), at(1000), VOLTS, 3)).hasValue(5000);
            assertThat(profiles.limitWatts(1, at(1600), at(1000), VOLTS, 3)).hasValue(3000);
        }

        @Test
        void aRelativeScheduleCountsFromTheStartOfTheTransaction() {
            install(1, profile(1, TxProfile).periods(period(0, 5000), period(600, 3000)).duration(1200).build());

            Instant started = at(100);
            assertThat(profiles.limitWatts(1, at(100), started, VOLTS, 3)).hasValue(5000);
            assertThat(profiles.limitWatts(1, at(699), started, VOLTS, 3)).hasValue(5000);
            assertThat(profiles.limitWatts(1, at(700), started, VOLTS, 3)).hasValue(3000);
            assertThat(profiles.limitWatts(1, at(1299), started, VOLTS, 3)).hasValue(3000);
            assertThat(profiles.limitWatts(1, at(1300), started, VOLTS, 3)).isEmpty();
        }

        @Test
        void aChargePointMaximumWithoutStartHoldsItsFirstPeriodWhileValid() {
            install(0, profile(1, ChargePointMaxProfile).periods(period(0, 8000), period(60, 1000)).duration(60)
                    .valid(null, at(86_400)).build());

            assertThat(profiles.limitWatts(1, at(-86_400), null, VOLTS, 3)).hasValue(8000);
            assertThat(profiles.limitWatts(1, at(86_399), at(5), VOLTS, 3)).hasValue(8000);
            assertThat(profiles.limitWatts(1, at(86_400), null, VOLTS, 3)).isEmpty();
        }

        @Test
        void aDailyScheduleRepeatsAcrossMidnight() {
            // 22:00 to 06:00 at 3 kW, the rest of the day at 11 kW, from Sunday 22:00
            install(0, profile(1, TxDefaultProfile).recurring(RecurrencyKind.Daily, Instant.parse("2026-03-01T22:00:00Z"))
                    .periods(period(0, 3000), period(8 * 3600, 11000)).build());
            Instant started = Instant.parse("2026-02-20T00:00:00Z");

            assertThat(limitOn("2026-03-01T21:59:59Z", started)).as("before the first start").isEmpty();
            assertThat(limitOn("2026-03-01T22:00:00Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-02T02:00:00Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-02T05:59:59Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-02T06:00:00Z", started)).hasValue(11000);
            assertThat(limitOn("2026-03-02T21:59:59Z", started)).hasValue(11000);
            assertThat(limitOn("2026-03-02T22:00:00Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-12T23:30:00Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-13T06:30:00Z", started)).hasValue(11000);
        }

        @Test
        void aDailyScheduleWithADurationLimitsOnlyPartOfEachDay() {
            install(0, profile(1, TxDefaultProfile).recurring(RecurrencyKind.Daily, Instant.parse("2026-03-01T22:00:00Z"))
                    .duration(8 * 3600).limit(3000).build());
            Instant started = Instant.parse("2026-03-01T00:00:00Z");

            assertThat(limitOn("2026-03-05T05:59:59Z", started)).hasValue(3000);
            assertThat(limitOn("2026-03-05T06:00:00Z", started)).isEmpty();
            assertThat(limitOn("2026-03-05T21:59:59Z", started)).isEmpty();
            assertThat(limitOn("2026-03-05T22:00:00Z", started)).hasValue(3000);
        }

        @Test
        void aWeeklyScheduleRepeatsEveryWeek() {
            // weekdays at 7 kW, weekend at 22 kW, weeks from Monday 00:00
            install(0, profile(1, TxDefaultProfile).recurring(RecurrencyKind.Weekly, T0)
                    .periods(period(0, 7000), period(5 * 86_400, 22000)).build());
            Instant started = T0;

            assertThat(limitOn("2026-03-06T23:59:59Z", started)).as("Friday").hasValue(7000);
            assertThat(limitOn("2026-03-07T00:00:00Z", started)).as("Saturday").hasValue(22000);
            assertThat(limitOn("2026-03-15T23:59:59Z", started)).as("Sunday a week later").hasValue(22000);
            assertThat(limitOn("2026-03-16T00:00:00Z", started)).as("Monday two weeks later").hasValue(7000);
            assertThat(limitOn("2026-03-21T12:00:00Z", started)).as("Saturday two weeks later").hasValue(22000);
        }

        private OptionalDouble limitOn(String instant, Instant transactionStart) {
            return profiles.limitWatts(1, Instant.parse(instant), transactionStart, VOLTS, 3);
        }
    }

    @Test
    void theValidityWindowIncludesValidFromAndExcludesValidTo() {
        install(0, profile(1, ChargePointMaxProfile).limit(9000).valid(at(100), at(200)).build());

        assertThat(limitAt(99)).isEmpty();
        assertThat(limitAt(100)).hasValue(9000);
        assertThat(limitAt(199)).hasValue(9000);
        assertThat(limitAt(200)).isEmpty();
    }

    @Test
    void amperesBecomeWattsWithThePeriodsPhasesOrTheDefault() {
        install(1, profile(1, TxDefaultProfile).absolute(T0).unit(ChargingRateUnit.A)
                .periods(period(0, 16, 1), period(60, 16, 2), period(120, 16)).build());

        assertThat(limitAt(0)).hasValue(16 * 230);
        assertThat(limitAt(60)).hasValue(16 * 230 * 2);
        assertThat(limitAt(120)).hasValue(16 * 230 * 3);
        assertThat(profiles.limitWatts(1, at(120), T0, 110, 1)).hasValue(16 * 110);
        assertThat(profiles.limitWatts(1, at(0), T0, 110, 3)).as("the period's phases win").hasValue(16 * 110);
    }

    @Test
    void theMinimumComparesAmperesAndWattsInWatts() {
        install(0, profile(1, ChargePointMaxProfile).unit(ChargingRateUnit.W).limit(4000).build());
        install(1, profile(2, TxDefaultProfile).unit(ChargingRateUnit.A).periods(period(0, 16, 1)).build());

        assertThat(limitAt(0)).hasValue(3680);
        assertThat(profiles.limitWatts(1, at(0), T0, 400, 1)).hasValue(4000);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> profiles.limitWatts(3, T0, null, VOLTS, 3)).isInstanceOf(InvalidValueException.class)
                .hasMessage("connectorId: must be between 0 and 2, was 3");
        assertThatThrownBy(() -> profiles.limitWatts(1, T0, null, 0, 3)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("voltage:");
        assertThatThrownBy(() -> profiles.limitWatts(1, T0, null, VOLTS, 4)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("phases:");
        assertThatThrownBy(() -> profiles.limitWatts(1, null, null, VOLTS, 3)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("at:");
    }
}
