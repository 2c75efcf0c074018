package io.ocppsim.domain.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ElectricalModelTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void idealReadingsAreNominalAndCurrentIsPowerOverVoltagePhasesAndPowerFactor() {
        ElectricalModel model = new ElectricalModel(230, 3, 0.98, 50);
        ElectricalState state = model.ideal(Power.ofWatts(11_000));
        assertThat(state.phaseCount()).isEqualTo(3);
        assertThat(state.power()).isEqualTo(Power.ofWatts(11_000));
        assertThat(state.frequencyHz()).isEqualTo(50);
        assertThat(state.powerFactor()).isEqualTo(0.98);
        for (ElectricalState.Phase phase : state.phases()) {
            assertThat(phase.voltageV()).isEqualTo(230);
            assertThat(phase.currentA()).isCloseTo(11_000 / (230 * 3 * 0.98), offset(1e-12));
        }
        assertThat(model.currentPerPhaseA(Power.ofWatts(11_000))).isCloseTo(16.2673, offset(1e-4));
        assertThat(state.phase(1)).isEqualTo(state.phases().get(0));
    }

    @Test
    void powerAtACurrentIsTheInverseOfTheCurrentAtAPower() {
        ElectricalModel model = new ElectricalModel(230, 3, 1.0, 50);
        assertThat(model.powerAt(16).watts()).isCloseTo(11_040, offset(1e-9));
        assertThat(model.currentPerPhaseA(model.powerAt(32))).isCloseTo(32, offset(1e-12));
    }

    /** The coherence the MeterValues rely on, for every phase count, power factor, noise and drift. */
    @ParameterizedTest
    @MethodSource("seeds")
    void voltageTimesCurrentTimesPowerFactorIsThePowerOnEveryPhaseWithNoiseAndDrift(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ElectricalModel model = new ElectricalModel(random.nextDouble(100, 400), 1 + random.nextInt(3),
                random.nextDouble(0.5, 1), random.nextBoolean() ? 50 : 60);
        MeasurementNoise noise = new MeasurementNoise(random.nextDouble(0, 0.05));
        Drift drift = new Drift(random.nextDouble(0, 0.05), random.nextDouble(0, 0.1));
        for (int i = 0; i < 500; i++) {
            drift.advance(Duration.ofSeconds(random.nextLong(1, 600)), random);
            Power power = Power.ofWatts(random.nextInt(8) == 0 ? 0 : random.nextDouble(0, 22_000));
            ElectricalState state = model.measure(power, noise, drift, random);

            double sum = 0;
            for (ElectricalState.Phase phase : state.phases()) {
                double share = phase.voltageV() * phase.currentA() * state.powerFactor();
                assertThat(share).isCloseTo(state.power().watts() / model.phases(),
                        offset(1e-9 * Math.max(1, state.power().watts())));
                sum += share;
            }
            assertThat(sum).isCloseTo(state.power().watts(), offset(1e-9 * Math.max(1, state.power().watts())));
            assertThat(state.phaseCount()).isEqualTo(model.phases());
            // noise stays within its clip, around the true values
            double spread = MeasurementNoise.CLIP_SIGMAS * noise.relativeSigma();
            assertThat(state.power().watts()).isBetween(power.watts() * (1 - spread), power.watts() * (1 + spread));
            assertThat(state.frequencyHz()).isBetween(model.frequencyHz() * (1 - spread),
                    model.frequencyHz() * (1 + spread));
            for (ElectricalState.Phase phase : state.phases()) {
                double drifted = model.voltageNominalV() * (1 + drift.offset());
                assertThat(phase.voltageV()).isBetween(drifted * (1 - spread), drifted * (1 + spread));
            }
        }
    }

    @Test
    void aNoisyMeasurementTakesPhasesPlusTwoGaussiansAndAQuietOneNone() {
        ElectricalModel model = new ElectricalModel(230, 3, 0.95, 50);
        SplittableRandom used = new SplittableRandom(7);
        SplittableRandom reference = new SplittableRandom(7);
        model.measure(Power.ofWatts(7_000), new MeasurementNoise(0.01), Drift.none(), used);
        for (int i = 0; i < 5; i++) {
            reference.nextGaussian();
        }
        assertThat(used.nextLong()).isEqualTo(reference.nextLong());
        assertThat(model.measure(Power.ofWatts(7_000), MeasurementNoise.NONE, Drift.none(),
                ChargingPatternTest.UNTOUCHABLE)).isEqualTo(model.ideal(Power.ofWatts(7_000)));
    }

    @Test
    void phasesOfANoisyMeasurementDifferButShareThePowerEqually() {
        ElectricalModel model = new ElectricalModel(230, 3, 1.0, 50);
        ElectricalState state = model.measure(Power.ofWatts(11_000), new MeasurementNoise(0.01), Drift.none(),
                new SplittableRandom(3));
        assertThat(state.phase(1).voltageV()).isNotEqualTo(state.phase(2).voltageV());
        assertThat(state.phase(1).voltageV() * state.phase(1).currentA())
                .isCloseTo(state.phase(3).voltageV() * state.phase(3).currentA(), withinPercentage(1e-9));
    }

    @Test
    void anIncoherentStateCannotBeBuilt() {
        assertInvalid(() -> new ElectricalState(Power.ofWatts(1_000),
                List.of(new ElectricalState.Phase(230, 1)), 1.0, 50), "phases");
        assertInvalid(() -> new ElectricalState(Power.ZERO, List.of(), 1.0, 50), "phases");
        assertInvalid(() -> new ElectricalState(Power.ZERO, List.of(new ElectricalState.Phase(0, 0)), 1.0, 50),
                "voltageV");
        assertInvalid(() -> new ElectricalState(Power.ZERO, List.of(new ElectricalState.Phase(230, 0)), 1.0, 0),
                "frequencyHz");
        assertInvalid(() -> model().ideal(Power.ZERO).phase(4), "phase");
    }

    @Test
    void modelRejectsValuesOutsideItsRanges() {
        assertInvalid(() -> new ElectricalModel(0, 3, 1, 50), "voltageNominalV");
        assertInvalid(() -> new ElectricalModel(230, 0, 1, 50), "phases");
        assertInvalid(() -> new ElectricalModel(230, 4, 1, 50), "phases");
        assertInvalid(() -> new ElectricalModel(230, 3, 0, 50), "powerFactor");
        assertInvalid(() -> new ElectricalModel(230, 3, 1.01, 50), "powerFactor");
        assertInvalid(() -> new ElectricalModel(230, 3, 1, Double.NaN), "frequencyHz");
        assertInvalid(() -> model().powerAt(-1), "currentPerPhaseA");
    }

    private static ElectricalModel model() {
        return new ElectricalModel(230, 3, 1, 50);
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
