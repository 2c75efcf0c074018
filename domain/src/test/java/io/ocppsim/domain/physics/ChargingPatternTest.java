package io.ocppsim.domain.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern.Tapered;
import io.ocppsim.domain.physics.ChargingPattern.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChargingPatternTest {

    /** A generator that fails the test if anything draws from it. */
    static final RandomGenerator UNTOUCHABLE = () -> {
        throw new AssertionError("drew from a generator that must not be touched");
    };

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void constantDrawsExactlyTheAllowedPowerWithoutRandomness() {
        for (double soc = 0; soc <= 100; soc += 0.5) {
            assertThat(ChargingPattern.constant().draw(Power.ofWatts(7360), soc, 80, UNTOUCHABLE))
                    .isEqualTo(Power.ofWatts(7360));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void taperedIsFlatUntilTheThresholdThenNeverRisesAndEndsOnTheFloor(long seed) {
        SplittableRandom setup = new SplittableRandom(seed);
        double threshold = setup.nextDouble(0, 100);
        double target = setup.nextDouble(0, 100);
        double floor = setup.nextDouble(0.001, 1);
        Power allowed = Power.ofWatts(setup.nextDouble(1, 22_000));
        Tapered pattern = new Tapered(threshold, floor);

        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 10_000; i++) {
            double soc = i / 100.0;
            double watts = pattern.draw(allowed, soc, target, UNTOUCHABLE).watts();
            if (soc <= threshold) {
                assertThat(watts).as("flat below the threshold at %s %%", soc).isEqualTo(allowed.watts());
            }
            assertThat(watts).as("never rises, at %s %%", soc).isLessThanOrEqualTo(previous);
            assertThat(watts).isBetween(allowed.watts() * floor * (1 - 1e-12), allowed.watts());
            if (soc >= target && soc > threshold) {
                assertThat(watts).as("on the floor at or past the target").isEqualTo(allowed.watts() * floor);
            }
            previous = watts;
        }
    }

    @ParameterizedTest
    @CsvSource({"60, 80, 0.05", "0, 100, 0.1", "79.9, 80, 0.5"})
    void taperIsContinuousAndStrictlyFallingBetweenThresholdAndTarget(double threshold, double target,
            double floor) {
        Tapered pattern = new Tapered(threshold, floor);
        assertThat(pattern.fraction(threshold, target)).isEqualTo(1);
        assertThat(pattern.fraction(threshold + 1e-9, target)).isCloseTo(1, offset(1e-6));
        assertThat(pattern.fraction(target - 1e-9, target)).isCloseTo(floor, offset(1e-6));
        double midway = (threshold + target) / 2;
        assertThat(pattern.fraction(midway, target)).isCloseTo((1 + floor) / 2, offset(1e-12));
        assertThat(pattern.fraction(midway, target)).isLessThan(pattern.fraction((threshold + midway) / 2, target));
    }

    @Test
    void taperedDefaultsToAFivePercentFloor() {
        assertThat(new Tapered(80)).isEqualTo(new Tapered(80, 0.05));
        assertThat(ChargingPattern.tapered(80)).isEqualTo(new Tapered(80));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void variableStaysWithinItsBandAndNeverAboveAllowedOrBelowZero(long seed) {
        SplittableRandom setup = new SplittableRandom(seed);
        Variable pattern = new Variable(setup.nextDouble(0, 1), setup.nextDouble(0, 1));
        Power allowed = Power.ofWatts(setup.nextDouble(0, 22_000));
        double low = allowed.watts() * Math.max(0, pattern.setPointFraction() - pattern.amplitudeFraction());
        double high = allowed.watts() * Math.min(1, pattern.setPointFraction() + pattern.amplitudeFraction());
        assertThat(pattern.lowestFraction() * allowed.watts()).isEqualTo(low);
        assertThat(pattern.highestFraction() * allowed.watts()).isEqualTo(high);

        SplittableRandom random = new SplittableRandom(seed);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 5_000; i++) {
            double watts = pattern.draw(allowed, 50, 80, random).watts();
            assertThat(watts).isBetween(low, high).isBetween(0.0, allowed.watts());
            min = Math.min(min, watts);
            max = Math.max(max, watts);
        }
        // the band is actually explored, not just respected: within 2 % of its width at both ends
        assertThat(min - low).isLessThanOrEqualTo(0.02 * (high - low) + 1e-9);
        assertThat(high - max).isLessThanOrEqualTo(0.02 * (high - low) + 1e-9);
    }

    @Test
    void variableWithoutAmplitudeIsFlatAtItsSetPoint() {
        Variable pattern = new Variable(0.6, 0);
        assertThat(pattern.draw(Power.ofWatts(10_000), 10, 80, new SplittableRandom(1)).watts())
                .isCloseTo(6_000, offset(1e-9));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void variableTakesExactlyOneDoublePerCallAndRepeatsForTheSameSeed(long seed) {
        Variable pattern = new Variable(0.7, 0.3);
        SplittableRandom first = new SplittableRandom(seed);
        SplittableRandom second = new SplittableRandom(seed);
        SplittableRandom reference = new SplittableRandom(seed);
        List<Power> a = new ArrayList<>();
        List<Power> b = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            a.add(pattern.draw(Power.ofWatts(11_000), i * 0.8, 80, first));
            b.add(pattern.draw(Power.ofWatts(11_000), i * 0.8, 80, second));
            reference.nextDouble(-1, 1);
        }
        assertThat(a).isEqualTo(b);
        assertThat(first.nextLong()).isEqualTo(reference.nextLong());
        List<Power> other = new ArrayList<>();
        SplittableRandom otherSeed = new SplittableRandom(seed + 1000);
        for (int i = 0; i < 100; i++) {
            other.add(pattern.draw(Power.ofWatts(11_000), i * 0.8, 80, otherSeed));
        }
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void patternsRejectValuesOutsideTheirRanges() {
        assertInvalid(() -> new Tapered(-1), "thresholdSocPercent");
        assertInvalid(() -> new Tapered(100.1), "thresholdSocPercent");
        assertInvalid(() -> new Tapered(50, 0), "floorFraction");
        assertInvalid(() -> new Tapered(50, 1.01), "floorFraction");
        assertInvalid(() -> new Tapered(50, Double.NaN), "floorFraction");
        assertInvalid(() -> new Variable(-0.1, 0.1), "setPointFraction");
        assertInvalid(() -> new Variable(0.5, 1.5), "amplitudeFraction");
        assertInvalid(() -> ChargingPattern.constant().draw(null, 0, 80, UNTOUCHABLE), "allowed");
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
