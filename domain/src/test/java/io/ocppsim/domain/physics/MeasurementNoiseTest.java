package io.ocppsim.domain.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.ocppsim.domain.common.InvalidValueException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementNoiseTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.01, 0.05, 0.2})
    void readingsAreCentredOnTheValueWithTheGivenSigmaAndStayWithinTheClip(double sigma) {
        MeasurementNoise noise = new MeasurementNoise(sigma);
        SplittableRandom random = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            double reading = noise.apply(230, random);
            assertThat(reading).isBetween(230 * (1 - 4 * sigma), 230 * (1 + 4 * sigma)).isPositive();
            double relative = reading / 230 - 1;
            sum += relative;
            sumOfSquares += relative * relative;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumOfSquares / n - mean * mean);
        // standard error of the mean is sigma / sqrt(n) ~ sigma / 450; allow 5 of them
        assertThat(mean).isCloseTo(0, offset(5 * sigma / Math.sqrt(n)));
        assertThat(sd).isCloseTo(sigma, offset(0.01 * sigma));
    }

    @Test
    void zeroStaysZeroAndNoNoiseIsTheValueWithoutDrawing() {
        assertThat(new MeasurementNoise(0.1).apply(0, new SplittableRandom(1))).isZero();
        assertThat(MeasurementNoise.NONE.apply(229.7, ChargingPatternTest.UNTOUCHABLE)).isEqualTo(229.7);
    }

    @Test
    void theSameSeedGivesTheSameReadings() {
        MeasurementNoise noise = new MeasurementNoise(0.01);
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 1_000; i++) {
            assertThat(noise.apply(50, a)).isEqualTo(noise.apply(50, b));
        }
    }

    @Test
    void sigmaIsBetweenZeroAndTwentyPercent() {
        assertThatThrownBy(() -> new MeasurementNoise(-0.01)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("relativeSigma:");
        assertThatThrownBy(() -> new MeasurementNoise(0.21)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MeasurementNoise(Double.NaN)).isInstanceOf(InvalidValueException.class);
    }
}
