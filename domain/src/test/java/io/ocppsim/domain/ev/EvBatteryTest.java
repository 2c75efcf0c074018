package io.ocppsim.domain.ev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;
import io.ocppsim.domain.physics.PowerIntegrator;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvBatteryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A generator that fails the test if anything draws from it. */
    private static final RandomGenerator UNTOUCHABLE = () -> {
        throw new AssertionError("drew from a generator that must not be touched");
    };

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void chargingRaisesTheSocByDeliveredOverCapacityUpToAHundredPercent() {
        EvBattery battery = new EvBattery(new EvProfile(50_000, 10, 90, 7_400, 1));
        assertThat(battery.soc()).isEqualTo(10);
        battery.charge(Energy.ofWattHours(5_000));
        assertThat(battery.soc()).isCloseTo(20, offset(1e-12));
        assertThat(battery.energyToTarget().wattHours()).isCloseTo(35_000, offset(1e-9));
        battery.charge(Energy.ZERO);
        assertThat(battery.soc()).isCloseTo(20, offset(1e-12));
        battery.charge(Energy.ofWattHours(1_000_000));
        assertThat(battery.soc()).isEqualTo(100);
        assertThat(battery.reachedTarget()).isTrue();
        assertThat(battery.energyToTarget()).isEqualTo(Energy.ZERO);
    }

    @Test
    void atTheTargetTheEvDrawsNothingAndDoesNotTouchTheGenerator() {
        EvBattery battery = new EvBattery(new EvProfile(60_000, 80, 80, 11_000, 3));
        assertThat(battery.reachedTarget()).isTrue();
        for (ChargingPattern pattern : new ChargingPattern[] {ChargingPattern.constant(),
            ChargingPattern.tapered(50), ChargingPattern.variable(0.5, 0.5)}) {
            assertThat(battery.acceptablePower(pattern, Power.ofWatts(22_000), UNTOUCHABLE)).isEqualTo(Power.ZERO);
        }
    }

    @Test
    void theEvDrawsItsPatternOfTheLeastOfItsMaximumAndTheOffer() {
        EvBattery battery = new EvBattery(new EvProfile(60_000, 70, 80, 11_000, 3));
        // tapered from 60 % with a 5 % floor: at 70 % the EV wants 11 000 x (0.05 + 0.95 x 0.5) = 5 775 W
        ChargingPattern tapered = ChargingPattern.tapered(60);
        assertThat(battery.acceptablePower(tapered, Power.ofWatts(22_000), UNTOUCHABLE).watts())
                .isCloseTo(5_775, offset(1e-9));
        assertThat(battery.acceptablePower(tapered, Power.ofWatts(4_000), UNTOUCHABLE).watts())
                .as("the taper shapes the 4 kW offered").isCloseTo(4_000 * 0.525, offset(1e-9));
        assertThat(battery.acceptablePower(ChargingPattern.constant(), Power.ofWatts(22_000), 1, UNTOUCHABLE).watts())
                .as("on one of its three phases").isCloseTo(11_000 / 3.0, offset(1e-9));
        assertThat(battery.acceptablePower(ChargingPattern.constant(), Power.ofWatts(22_000), UNTOUCHABLE))
                .isEqualTo(Power.ofWatts(11_000));
        assertThat(battery.acceptablePower(ChargingPattern.constant(), Power.ZERO, UNTOUCHABLE)).isEqualTo(Power.ZERO);
    }

    @Test
    void belowTheTargetAVariableEvDrawsEvenWhenNothingIsOffered() {
        EvBattery battery = new EvBattery(EvProfile.DEFAULT);
        SplittableRandom used = new SplittableRandom(11);
        SplittableRandom reference = new SplittableRandom(11);
        assertThat(battery.acceptablePower(ChargingPattern.variable(0.5, 0.2), Power.ZERO, used)).isEqualTo(Power.ZERO);
        reference.nextDouble(-1, 1);
        assertThat(used.nextLong()).isEqualTo(reference.nextLong());
    }

    /**
     * Random EVs, patterns and offers; each step ends where the battery would reach its target: the
     * SoC rises with every watt-hour, always equals initial + 100 x energy / capacity, and stops
     * exactly at the target, after which the EV draws nothing.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void socRisesWithDeliveredEnergyAndStopsAtTheTarget(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double initial = random.nextDouble(0, 90);
        EvProfile ev = new EvProfile(random.nextDouble(20_000, 100_000), initial, random.nextDouble(initial, 100),
                random.nextDouble(3_000, 22_000), random.nextBoolean() ? 1 : 3);
        ChargingPattern pattern = switch (random.nextInt(3)) {
            case 0 -> ChargingPattern.constant();
            case 1 -> ChargingPattern.tapered(random.nextDouble(0, 100));
            default -> ChargingPattern.variable(random.nextDouble(0.3, 1), random.nextDouble(0, 0.3));
        };
        Power offered = Power.ofWatts(random.nextDouble(1_000, 22_000));
        EvBattery battery = new EvBattery(ev);
        PowerIntegrator integrator = new PowerIntegrator(T0);
        Instant now = T0;
        int steps = 0;
        while (!battery.reachedTarget()) {
            assertThat(steps++).as("reaches the target in finite time").isLessThan(100_000);
            Power power = battery.acceptablePower(pattern, offered, random);
            integrator.hold(power);
            Duration step = Duration.ofSeconds(30);
            Duration toTarget = PowerIntegrator.timeToDeliver(battery.energyToTarget(), power).orElse(step);
            if (toTarget.compareTo(step) < 0) {
                step = toTarget;
            }
            now = now.plus(step);
            double before = battery.soc();
            Energy delivered = integrator.advanceTo(now);
            battery.charge(delivered);
            if (delivered.wattHours() > 0) {
                assertThat(battery.soc()).isGreaterThan(before);
            }
            assertThat(battery.soc()).isCloseTo(
                    initial + 100 * integrator.total().wattHours() / ev.batteryCapacityWh(), offset(1e-9));
        }
        assertThat(battery.soc()).isCloseTo(ev.targetSocPercent(), offset(1e-6));
        for (int i = 0; i < 10; i++) {
            assertThat(battery.acceptablePower(pattern, offered, random)).isEqualTo(Power.ZERO);
        }
    }

    /** With fixed ticks the last step may overshoot the target, but by no more than one tick's energy. */
    @ParameterizedTest
    @MethodSource("seeds")
    void withFixedTicksTheOvershootIsAtMostOneTick(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EvProfile ev = EvProfile.DEFAULT;
        ChargingPattern pattern = ChargingPattern.variable(0.8, 0.2);
        EvBattery battery = new EvBattery(ev);
        Duration tick = Duration.ofSeconds(10);
        double lastTickSoc = 0;
        while (!battery.reachedTarget()) {
            Power power = battery.acceptablePower(pattern, Power.ofWatts(7_360), random);
            lastTickSoc = 100 * PowerIntegrator.energy(power, tick).wattHours() / ev.batteryCapacityWh();
            battery.charge(PowerIntegrator.energy(power, tick));
        }
        assertThat(battery.soc()).isBetween(ev.targetSocPercent() - EvBattery.TARGET_TOLERANCE_PERCENT,
                ev.targetSocPercent() + lastTickSoc);
    }
}
