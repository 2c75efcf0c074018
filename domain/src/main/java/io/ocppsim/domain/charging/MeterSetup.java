package io.ocppsim.domain.charging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.Drift;
import io.ocppsim.domain.physics.ElectricalModel;
import io.ocppsim.domain.physics.MeasurementNoise;
import io.ocppsim.domain.physics.ThermalModel;
import java.time.Duration;

/**
 * The electrical side of a connector (its EVSE) and of its meter: what it can deliver, on which
 * supply, how its readings wander, and how its cable warms up.
 *
 * @param maxPower the most the EVSE delivers (max_charging_power_w), > 0
 * @param voltageV the nominal voltage between phase and neutral, in volts (0 < V <= 1000)
 * @param phases the phases the EVSE supplies, 1 to 3
 * @param powerFactor the power factor of the load, in (0, 1]
 * @param frequencyHz the supply frequency, > 0
 * @param noiseSigma the relative standard deviation of the measurement noise; 0 for none (0..0.2)
 * @param driftRatePerHour how fast the voltage drifts, relative change per hour; 0 for none
 * @param driftBound how far the voltage may drift either way, relative (0..0.5)
 * @param ambientC the temperature of connector and cable at rest, in degrees Celsius
 * @param temperatureRiseC how far above ambient a full load settles, in kelvin (0..1000)
 * @param thermalTimeConstant the thermal time constant (> 0)
 * @param updateInterval how often the power flowing is worked out again while charging (100 ms to 1 h): the
 *     charging pattern, the state of charge and a smart-charging limit take effect at this pace
 */
public record MeterSetup(Power maxPower, double voltageV, int phases, double powerFactor, double frequencyHz,
        double noiseSigma, double driftRatePerHour, double driftBound, double ambientC, double temperatureRiseC,
        Duration thermalTimeConstant, Duration updateInterval) {

    /** The shortest update interval: the scheduler must not be kept busy. */
    public static final Duration MIN_UPDATE_INTERVAL = Duration.ofMillis(100);

    /** 7.36 kW on one 230 V phase (32 A), PF 0.99, 50 Hz, 0.5 % noise, 0.2 %/h drift within 1 %, 25 °C + 20 K. */
    public static final MeterSetup DEFAULT = new MeterSetup(Power.ofWatts(7360), 230, 1, 0.99, 50, 0.005, 0.002,
            Drift.DEFAULT_BOUND, 25, 20, Duration.ofMinutes(10), Duration.ofSeconds(1));

    public MeterSetup {
        Checks.required("maxPower", maxPower);
        Checks.positive("maxPower", maxPower.watts());
        new ElectricalModel(voltageV, phases, powerFactor, frequencyHz); // checks the four
        new MeasurementNoise(noiseSigma);
        new Drift(driftRatePerHour, driftBound);
        new ThermalModel(ambientC, temperatureRiseC, Checks.required("thermalTimeConstant", thermalTimeConstant));
        Checks.required("updateInterval", updateInterval);
        if (updateInterval.compareTo(MIN_UPDATE_INTERVAL) < 0 || updateInterval.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidValueException("updateInterval", "must be between 100 ms and one hour, was "
                    + updateInterval);
        }
    }

    /** An ideal meter: no noise, no drift; the rest as {@link #DEFAULT}, at {@code maxPower}. */
    public static MeterSetup ideal(Power maxPower) {
        return DEFAULT.withMaxPower(maxPower).withNoise(0).withDrift(0, DEFAULT.driftBound());
    }

    public MeterSetup withMaxPower(Power value) {
        return new MeterSetup(value, voltageV, phases, powerFactor, frequencyHz, noiseSigma, driftRatePerHour,
                driftBound, ambientC, temperatureRiseC, thermalTimeConstant, updateInterval);
    }

    public MeterSetup withNoise(double sigma) {
        return new MeterSetup(maxPower, voltageV, phases, powerFactor, frequencyHz, sigma, driftRatePerHour,
                driftBound, ambientC, temperatureRiseC, thermalTimeConstant, updateInterval);
    }

    public MeterSetup withDrift(double ratePerHour, double bound) {
        return new MeterSetup(maxPower, voltageV, phases, powerFactor, frequencyHz, noiseSigma, ratePerHour, bound,
                ambientC, temperatureRiseC, thermalTimeConstant, updateInterval);
    }

    public MeterSetup withPhases(int value) {
        return new MeterSetup(maxPower, voltageV, value, powerFactor, frequencyHz, noiseSigma, driftRatePerHour,
                driftBound, ambientC, temperatureRiseC, thermalTimeConstant, updateInterval);
    }

    /** The supply as seen by an EV charging on {@code evPhases} phases: the phases both have. */
    public ElectricalModel electricalModel(int evPhases) {
        return new ElectricalModel(voltageV, Math.min(phases, evPhases), powerFactor, frequencyHz);
    }
}
