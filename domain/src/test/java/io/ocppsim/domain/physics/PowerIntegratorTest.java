package io.ocppsim.domain.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.EnergyMeter;
import io.ocppsim.domain.meter.Power;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PowerIntegratorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /**
     * Random piecewise-constant power over random steps: the total equals the exact integral, computed
     * independently in decimal arithmetic, far within the 0.5 % the simulator promises; every
     * increment is P x dt and never negative; the total never decreases; EnergyMeter agrees.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void energyIsTheIntegralOfPiecewiseConstantPower(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PowerIntegrator integrator = new PowerIntegrator(T0);
        EnergyMeter meter = new EnergyMeter(Energy.ZERO, T0);
        BigDecimal exactWh = BigDecimal.ZERO;
        Instant now = T0;
        Power held = Power.ZERO;
        double previousTotal = 0;
        for (int i = 0; i < 2_000; i++) {
            long nanos = random.nextLong(1_000_000L, 120_000_000_000L);
            now = now.plusNanos(nanos);
            exactWh = exactWh.add(new BigDecimal(held.watts()).multiply(BigDecimal.valueOf(nanos))
                    .divide(NANOS_PER_HOUR, MathContext.DECIMAL128));
            Power next = random.nextInt(10) == 0 ? Power.ZERO : Power.ofWatts(random.nextDouble(0, 22_000));

            Energy increment = integrator.advanceTo(now, next);
            meter.advanceTo(now, next);

            assertThat(increment.wattHours()).isGreaterThanOrEqualTo(0)
                    .isCloseTo(held.watts() * nanos / 3.6e12, withinPercentage(1e-12));
            assertThat(integrator.total().wattHours()).isGreaterThanOrEqualTo(previousTotal);
            previousTotal = integrator.total().wattHours();
            held = next;
        }
        double exact = exactWh.doubleValue();
        assertThat(integrator.total().wattHours()).isCloseTo(exact, withinPercentage(0.5));
        assertThat(Math.abs(integrator.total().wattHours() - exact) / exact).isLessThan(1e-12);
        assertThat(meter.register().wattHours()).isCloseTo(exact, withinPercentage(1e-10));
        assertThat(integrator.advancedTo()).isEqualTo(now);
    }

    @Test
    void timeThatStandsStillOrRunsBackwardsAddsNothing() {
        PowerIntegrator integrator = new PowerIntegrator(T0);
        integrator.advanceTo(T0, Power.ofWatts(3_600));
        assertThat(integrator.advanceTo(T0.plusSeconds(10))).isEqualTo(Energy.ofWattHours(10));
        assertThat(integrator.advanceTo(T0.plusSeconds(5))).isEqualTo(Energy.ZERO);
        assertThat(integrator.advanceTo(T0.plusSeconds(10))).isEqualTo(Energy.ZERO);
        assertThat(integrator.advancedTo()).isEqualTo(T0.plusSeconds(10));
        assertThat(integrator.advanceTo(T0.plusSeconds(20), Power.ZERO)).isEqualTo(Energy.ofWattHours(10));
        assertThat(integrator.advanceTo(T0.plusSeconds(3_600))).isEqualTo(Energy.ZERO);
        assertThat(integrator.total()).isEqualTo(Energy.ofWattHours(20));
    }

    @Test
    void holdChangesThePowerFromTheLastAdvanceOn() {
        PowerIntegrator integrator = new PowerIntegrator(T0);
        integrator.hold(Power.ofWatts(7_200));
        assertThat(integrator.power()).isEqualTo(Power.ofWatts(7_200));
        assertThat(integrator.advanceTo(T0.plus(Duration.ofMinutes(30)))).isEqualTo(Energy.ofWattHours(3_600));
    }

    @Test
    void energyOfAStepIsPowerTimesDuration() {
        assertThat(PowerIntegrator.energy(Power.ofWatts(11_000), Duration.ofHours(1)))
                .isEqualTo(Energy.ofWattHours(11_000));
        assertThat(PowerIntegrator.energy(Power.ofWatts(11_000), Duration.ofSeconds(-1))).isEqualTo(Energy.ZERO);
        assertThat(PowerIntegrator.energy(Power.ofWatts(11_000), Duration.ZERO)).isEqualTo(Energy.ZERO);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void timeToDeliverIsTheShortestWholeNanosecondDurationThatDeliversTheEnergy(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Energy energy = Energy.ofWattHours(random.nextDouble(0.001, 50_000));
        Power power = Power.ofWatts(random.nextDouble(1, 22_000));
        Duration d = PowerIntegrator.timeToDeliver(energy, power).orElseThrow();
        double wanted = energy.wattHours();
        assertThat(PowerIntegrator.energy(power, d).wattHours()).isGreaterThanOrEqualTo(wanted * (1 - 1e-15));
        assertThat(PowerIntegrator.energy(power, d.minusNanos(1)).wattHours()).isLessThan(wanted);
    }

    @Test
    void timeToDeliverWithoutPowerIsNeverAndNothingNeedsNoTime() {
        assertThat(PowerIntegrator.timeToDeliver(Energy.ofWattHours(1), Power.ZERO)).isEmpty();
        assertThat(PowerIntegrator.timeToDeliver(Energy.ZERO, Power.ZERO)).contains(Duration.ZERO);
    }
}
