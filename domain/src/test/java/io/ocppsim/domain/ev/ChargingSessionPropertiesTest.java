package io.ocppsim.domain.ev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.EnergyMeter;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;
import io.ocppsim.domain.physics.Drift;
import io.ocppsim.domain.physics.ElectricalModel;
import io.ocppsim.domain.physics.ElectricalState;
import io.ocppsim.domain.physics.MeasurementNoise;
import io.ocppsim.domain.physics.PowerIntegrator;
import io.ocppsim.domain.physics.ThermalModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pieces composed the way a charge point will drive them, on virtual time: one seeded
 * {@link SplittableRandom} per charge point, split per consumer; every 10 s the energy of the last
 * tick goes to the register and the battery, drift and temperature advance, the EV says what it
 * draws next, and the meter is read.
 */
class ChargingSessionPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration TICK = Duration.ofSeconds(10);
    private static final Power OFFERED = Power.ofWatts(11_000);
    private static final ElectricalModel ELECTRICAL = new ElectricalModel(230, 3, 0.98, 50);

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    /** What the meter shows at one tick. */
    record Tick(Instant at, Power truePower, ElectricalState reading, double registerWh, double soc,
            double temperatureC) {
    }

    /** One session of {@code duration}, starting with an empty register. */
    static List<Tick> run(long seed, EvProfile ev, ChargingPattern pattern, MeasurementNoise noise,
            double driftRatePerHour, Duration duration) {
        SplittableRandom chargePoint = new SplittableRandom(seed);
        SplittableRandom patternRandom = chargePoint.split();
        SplittableRandom noiseRandom = chargePoint.split();
        SplittableRandom driftRandom = chargePoint.split();

        EnergyMeter register = new EnergyMeter(Energy.ZERO, T0);
        PowerIntegrator integrator = new PowerIntegrator(T0);
        EvBattery battery = new EvBattery(ev);
        Drift voltageDrift = new Drift(driftRatePerHour, 0.02);
        ThermalModel cable = new ThermalModel(25, 30, Duration.ofMinutes(15));

        List<Tick> ticks = new ArrayList<>();
        for (Instant now = T0; !now.isAfter(T0.plus(duration)); now = now.plus(TICK)) {
            Power held = integrator.power();
            battery.charge(integrator.advanceTo(now));
            register.advanceTo(now);
            if (now.isAfter(T0)) {
                voltageDrift.advance(TICK, driftRandom);
                cable.advance(TICK, held.watts() / OFFERED.watts());
            }
            Power next = battery.acceptablePower(pattern, OFFERED, patternRandom);
            integrator.hold(next);
            register.advanceTo(now, next);
            ElectricalState reading = ELECTRICAL.measure(next, noise, voltageDrift, noiseRandom);
            ticks.add(new Tick(now, next, reading, register.register().wattHours(), battery.soc(),
                    cable.temperatureC()));
        }
        return ticks;
    }

    /**
     * A one-hour tapered session with noise and drift: the energy the register shows equals the
     * integral of the reported power within 0.5 %, and SoC agrees with energy and capacity.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void registerEqualsTheIntegralOfReportedPowerAndSocFollowsEnergy(long seed) {
        EvProfile ev = new EvProfile(40_000, 50, 90, 11_000, 3);
        List<Tick> ticks = run(seed, ev, ChargingPattern.tapered(60), new MeasurementNoise(0.01), 0.01,
                Duration.ofHours(1));
        double integralOfReadings = 0;
        for (int i = 0; i + 1 < ticks.size(); i++) {
            integralOfReadings += ticks.get(i).reading().power().watts() * TICK.toSeconds() / 3_600;
        }
        Tick last = ticks.getLast();
        assertThat(last.registerWh()).isGreaterThan(5_000);
        assertThat(integralOfReadings).isCloseTo(last.registerWh(), withinPercentage(0.5));
        for (Tick tick : ticks) {
            assertThat(tick.soc()).isCloseTo(ev.initialSocPercent() + 100 * tick.registerWh() / ev.batteryCapacityWh(),
                    offset(1e-9));
        }
    }

    /** Noise and drift move readings but never the register: it is the same, bit for bit, and monotonic. */
    @ParameterizedTest
    @MethodSource("seeds")
    void noiseAndDriftNeverTouchTheRegister(long seed) {
        ChargingPattern pattern = ChargingPattern.variable(0.7, 0.3);
        List<Tick> noisy = run(seed, EvProfile.DEFAULT, pattern, new MeasurementNoise(0.05), 0.05, Duration.ofHours(2));
        List<Tick> clean = run(seed, EvProfile.DEFAULT, pattern, MeasurementNoise.NONE, 0, Duration.ofHours(2));
        assertThat(noisy).hasSameSizeAs(clean);
        double previous = 0;
        boolean readingsDiffer = false;
        for (int i = 0; i < noisy.size(); i++) {
            assertThat(noisy.get(i).registerWh()).isEqualTo(clean.get(i).registerWh())
                    .isGreaterThanOrEqualTo(previous);
            previous = noisy.get(i).registerWh();
            readingsDiffer |= !noisy.get(i).reading().equals(clean.get(i).reading());
        }
        assertThat(readingsDiffer).as("the noise does show in the readings").isTrue();
    }

    /** The same seed gives identical sessions, to the last bit; another seed does not. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theSameSeedGivesTheSameSession(long seed) {
        ChargingPattern pattern = ChargingPattern.variable(0.6, 0.4);
        MeasurementNoise noise = new MeasurementNoise(0.005);
        List<Tick> first = run(seed, EvProfile.DEFAULT, pattern, noise, 0.01, Duration.ofHours(1));
        List<Tick> second = run(seed, EvProfile.DEFAULT, pattern, noise, 0.01, Duration.ofHours(1));
        List<Tick> other = run(seed + 1_000, EvProfile.DEFAULT, pattern, noise, 0.01, Duration.ofHours(1));
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    /**
     * A tapered session to the end: flat until the threshold, then non-increasing, and once the target
     * is reached the EV draws nothing; the cable warms up but never past ambient + rise.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aTaperedSessionFallsAfterTheThresholdAndStopsAtTheTarget(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double threshold = random.nextDouble(30, 75);
        EvProfile ev = new EvProfile(random.nextDouble(20_000, 80_000), 20, 80, 11_000, 3);
        List<Tick> ticks = run(seed, ev, ChargingPattern.tapered(threshold), MeasurementNoise.NONE, 0,
                Duration.ofHours(20));
        double previous = Double.POSITIVE_INFINITY;
        boolean tapered = false;
        for (Tick tick : ticks) {
            double watts = tick.truePower().watts();
            if (tick.soc() <= threshold) {
                assertThat(watts).isEqualTo(OFFERED.watts());
            } else if (tick.soc() < 80 - EvBattery.TARGET_TOLERANCE_PERCENT) {
                assertThat(watts).isLessThanOrEqualTo(previous).isPositive();
                tapered |= watts < OFFERED.watts();
            } else {
                assertThat(watts).isZero();
            }
            assertThat(tick.temperatureC()).isBetween(25.0, 55.0);
            previous = watts;
        }
        assertThat(tapered).isTrue();
        assertThat(ticks.getLast().soc()).isBetween(80.0, 80.1);
        assertThat(ticks.getLast().truePower()).isEqualTo(Power.ZERO);
        assertThat(ticks.getLast().temperatureC()).isCloseTo(25, offset(0.01));
    }
}
