package io.ocppsim.domain.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random faults follow their probability, their weights and their recovery range, within statistical bounds. */
class RandomFaultPolicyTest {

    private static final Map<ChargePointErrorCode, Double> WEIGHTS = Map.of(
            ChargePointErrorCode.OverCurrentFailure, 0.3, ChargePointErrorCode.OverVoltage, 0.2,
            ChargePointErrorCode.HighTemperature, 0.1);

    private static RandomFaultPolicy policy(double probability) {
        return new RandomFaultPolicy(true, probability, Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofSeconds(300), WEIGHTS);
    }

    @Test
    void faultsComeAtTheConfiguredRateWithTheConfiguredWeightsAndRecoveryTimes() {
        RandomFaultPolicy policy = policy(0.01);
        SplittableRandom random = new SplittableRandom(2026);
        int checks = 200_000;
        Map<ChargePointErrorCode, Integer> counts = new EnumMap<>(ChargePointErrorCode.class);
        int faults = 0;
        for (int i = 0; i < checks; i++) {
            Optional<RandomFaultPolicy.Draw> draw = policy.check(random);
            if (draw.isPresent()) {
                faults++;
                counts.merge(draw.get().errorCode(), 1, Integer::sum);
                assertThat(draw.get().recoveryAfter()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(300));
            }
        }
        double expected = checks * 0.01;
        assertThat((double) faults).as("faults in %d checks", checks)
                .isCloseTo(expected, within(5 * Math.sqrt(expected * 0.99)));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(WEIGHTS.keySet());
        for (Map.Entry<ChargePointErrorCode, Double> e : WEIGHTS.entrySet()) {
            double share = e.getValue() / 0.6;
            double n = faults * share;
            assertThat((double) counts.get(e.getKey())).as("%s", e.getKey())
                    .isCloseTo(n, within(5 * Math.sqrt(faults * share * (1 - share))));
            assertThat(policy.share(e.getKey())).isCloseTo(share, within(1e-12));
        }
    }

    @Test
    void aDisabledPolicyOrAZeroProbabilityNeverInjects() {
        SplittableRandom random = new SplittableRandom(1);
        RandomFaultPolicy off = RandomFaultPolicy.DISABLED;
        RandomFaultPolicy never = policy(0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(off.check(random)).isEmpty();
            assertThat(never.check(random)).isEmpty();
        }
        assertThat(policy(1).check(random)).isPresent();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> policy(1.5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("probability");
        assertThatThrownBy(() -> new RandomFaultPolicy(true, 0.1, Duration.ofSeconds(60), Duration.ofSeconds(300),
                Duration.ofSeconds(30), WEIGHTS)).hasMessageContaining("recoveryMax");
        assertThatThrownBy(() -> new RandomFaultPolicy(true, 0.1, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                WEIGHTS)).hasMessageContaining("checkInterval");
        assertThatThrownBy(() -> new RandomFaultPolicy(true, 0.1, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO,
                Map.of(ChargePointErrorCode.NoError, 1.0))).hasMessageContaining("NoError");
        assertThatThrownBy(() -> new RandomFaultPolicy(true, 0.1, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO,
                Map.of(ChargePointErrorCode.WeakSignal, 0.0))).hasMessageContaining("weights");
    }
}
