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

class ThermalModelTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** Random steps under random loads: every step matches T + (target - T)(1 - e^(-dt/tau)). */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyStepMovesTowardsTheTargetByTheFirstOrderFactor(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double ambient = random.nextDouble(-20, 40);
        double rise = random.nextDouble(0, 60);
        Duration tau = Duration.ofSeconds(random.nextLong(60, 3_600));
        ThermalModel model = new ThermalModel(ambient, rise, tau);
        assertThat(model.temperatureC()).isEqualTo(ambient);
        for (int i = 0; i < 1_000; i++) {
            Duration dt = Duration.ofMillis(random.nextLong(0, 600_000));
            double load = random.nextDouble(0, 1.2);
            double before = model.temperatureC();
            double target = ambient + rise * load;
            double expected = before + (target - before) * (1 - Math.exp(-(double) dt.toMillis() / tau.toMillis()));
            model.advance(dt, load);
            assertThat(model.temperatureC()).isCloseTo(expected, offset(1e-9));
            // never overshoots: it ends between where it was and where it is heading
            assertThat(model.temperatureC()).isBetween(Math.min(before, target) - 1e-9, Math.max(before, target) + 1e-9);
        }
    }

    /** A constant load held in random steps follows the closed form and settles at ambient + rise x load. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aHeldLoadFollowsTheClosedFormAndConvergesToAmbientPlusRiseTimesLoad(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double ambient = random.nextDouble(-20, 40);
        double rise = random.nextDouble(1, 60);
        double initial = random.nextDouble(-20, 90);
        double load = random.nextDouble(0, 1);
        Duration tau = Duration.ofSeconds(random.nextLong(60, 3_600));
        ThermalModel model = new ThermalModel(ambient, rise, tau, initial);
        double target = ambient + rise * load;
        assertThat(model.steadyStateC(load)).isEqualTo(target);

        long elapsedNanos = 0;
        long end = 20 * tau.toNanos();
        while (elapsedNanos < end) {
            long step = Math.min(end - elapsedNanos, random.nextLong(1, tau.toNanos() / 5));
            model.advance(Duration.ofNanos(step), load);
            elapsedNanos += step;
            double closedForm = target + (initial - target) * Math.exp(-(double) elapsedNanos / tau.toNanos());
            assertThat(model.temperatureC()).isCloseTo(closedForm, offset(1e-9));
        }
        assertThat(model.temperatureC()).isCloseTo(target, offset(1e-6));
        // once there, it stays there
        model.advance(Duration.ofHours(5), load);
        assertThat(model.temperatureC()).isCloseTo(target, offset(1e-9));
    }

    @Test
    void afterOneTimeConstantSixtyThreePercentOfAStepIsReached() {
        ThermalModel model = new ThermalModel(25, 40, Duration.ofMinutes(10));
        model.advance(Duration.ofMinutes(10), 1.0);
        assertThat(model.temperatureC()).isCloseTo(25 + 40 * (1 - Math.exp(-1)), offset(1e-12));
        model.advance(Duration.ZERO, 0.0);
        assertThat(model.temperatureC()).isCloseTo(25 + 40 * (1 - Math.exp(-1)), offset(1e-12));
        model.advance(Duration.ofDays(1), 0.0);
        assertThat(model.temperatureC()).isCloseTo(25, offset(1e-12));
    }

    @Test
    void rejectsANonPositiveTimeConstantNegativeRiseLoadOrStep() {
        assertThatThrownBy(() -> new ThermalModel(25, 40, Duration.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("timeConstant:");
        assertThatThrownBy(() -> new ThermalModel(25, -1, Duration.ofMinutes(1)))
                .hasMessageStartingWith("riseAtFullLoadC:");
        assertThatThrownBy(() -> new ThermalModel(Double.NaN, 1, Duration.ofMinutes(1)))
                .hasMessageStartingWith("ambientC:");
        ThermalModel model = new ThermalModel(25, 40, Duration.ofMinutes(10));
        assertThatThrownBy(() -> model.advance(Duration.ofSeconds(-1), 0.5)).hasMessageStartingWith("dt:");
        assertThatThrownBy(() -> model.advance(Duration.ofSeconds(1), -0.5)).hasMessageStartingWith("loadFraction:");
    }
}
