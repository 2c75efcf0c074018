package io.ocppsim.domain.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DriftTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void driftStaysWithinItsBoundAndMovesNoFasterThanItsRate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double rate = random.nextDouble(0.0001, 0.05);
        double bound = random.nextDouble(0.001, 0.05);
        Drift drift = new Drift(rate, bound);
        double lowest = 0;
        double highest = 0;
        for (int i = 0; i < 5_000; i++) {
            Duration dt = Duration.ofMillis(random.nextLong(1, 3_600_000));
            double before = drift.offset();
            drift.advance(dt, random);
            double moved = Math.abs(drift.offset() - before);
            assertThat(moved).isLessThanOrEqualTo(rate * dt.toMillis() / 3_600_000.0 * (1 + 1e-9));
            assertThat(Math.abs(drift.offset())).isLessThanOrEqualTo(bound * (1 + 1e-12));
            lowest = Math.min(lowest, drift.offset());
            highest = Math.max(highest, drift.offset());
        }
        // over thousands of hours the drift wanders across most of its band, in both directions
        assertThat(lowest).isLessThan(-bound / 2);
        assertThat(highest).isGreaterThan(bound / 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void thePathDependsOnElapsedTimeNotOnHowItIsStepped(long seed) {
        Drift once = new Drift(0.01, 0.005);
        Drift stepped = new Drift(0.01, 0.005);
        SplittableRandom a = new SplittableRandom(seed);
        SplittableRandom b = new SplittableRandom(seed);
        for (int hour = 0; hour < 10; hour++) {
            once.advance(Duration.ofHours(1), a);
            for (int s = 0; s < 3_600; s++) {
                stepped.advance(Duration.ofSeconds(1), b);
            }
            assertThat(stepped.offset()).isCloseTo(once.offset(), offset(1e-12));
        }
        assertThat(a.nextLong()).as("same number of targets drawn").isEqualTo(b.nextLong());
    }

    @Test
    void appliesItsOffsetToAReading() {
        Drift drift = new Drift(0.01, 0.01);
        drift.advance(Duration.ofMinutes(30), new SplittableRandom(5));
        assertThat(drift.offset()).isNotZero();
        assertThat(drift.apply(230)).isEqualTo(230 * (1 + drift.offset()));
    }

    @Test
    void noRateOrNoBoundNeverMovesAndNeverDraws() {
        for (Drift drift : new Drift[] {Drift.none(), new Drift(0), new Drift(0.01, 0)}) {
            drift.advance(Duration.ofDays(365), ChargingPatternTest.UNTOUCHABLE);
            assertThat(drift.offset()).isZero();
            assertThat(drift.apply(230)).isEqualTo(230);
        }
        assertThat(new Drift(0.002).bound()).isEqualTo(Drift.DEFAULT_BOUND);
    }

    @Test
    void rejectsNegativeRatesBoundsAndDurations() {
        assertThatThrownBy(() -> new Drift(-0.1)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("ratePerHour:");
        assertThatThrownBy(() -> new Drift(0.1, 0.6)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("bound:");
        assertThatThrownBy(() -> new Drift(0.1).advance(Duration.ofSeconds(-1), new SplittableRandom(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("dt:");
    }
}
