package io.ocppsim.adapter.config;

import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.meter.Power;
import java.time.Duration;
import java.util.Map;

/**
 * {@code [simulator.meter_config]}: the EVSE behind each connector and how its meter reads. Every
 * value is held as written, also those switched off: {@link #noiseAmplitude()} is used only while
 * {@link #includeNoise()}, {@link #driftRatePerHour()} and {@link #driftBound()} only while
 * {@link #simulateDrift()}. The constructor checks each value by its own rule and then all of them
 * by the domain's {@link MeterSetup}, naming the key of a refused value.
 *
 * @param maxChargingPowerW the most a connector delivers, in watts, above 0 up to 1,000,000
 * @param voltageV the nominal voltage between phase and neutral, in volts, above 0 up to 1000
 * @param phases the phases the EVSE supplies, 1 to 3; an EV charges on the phases both have
 * @param powerFactor the load's power factor, above 0 up to 1
 * @param frequencyHz the supply frequency in hertz, above 0 up to 1000
 * @param includeNoise whether readings get random measurement noise
 * @param noiseAmplitude the noise's standard deviation relative to the reading, 0 to 0.2
 * @param simulateDrift whether the voltage drifts slowly
 * @param driftRatePerHour how fast the voltage drifts, relative change per hour, 0 to 1
 * @param driftBound how far the voltage drifts either way, relative, 0 to 0.5
 * @param ambientTemperatureC the temperature of connector and cable at rest, -100 to 100 °C
 * @param temperatureRiseC how far above ambient a full load settles, 0 to 1000 K
 * @param thermalTimeConstant how fast the temperature follows the load; whole seconds, 1 s to 24 h
 * @param updateInterval how often the power is worked out again while charging; whole seconds,
 *     1 s to 1 h
 */
public record MeterConfig(double maxChargingPowerW, double voltageV, int phases, double powerFactor,
        double frequencyHz, boolean includeNoise, double noiseAmplitude, boolean simulateDrift,
        double driftRatePerHour, double driftBound, double ambientTemperatureC, double temperatureRiseC,
        Duration thermalTimeConstant, Duration updateInterval) {

    /** The key each field of the domain value comes from. */
    private static final Map<String, String> KEY_BY_FIELD = Map.ofEntries(
            Map.entry("maxPower", ConfigKey.MAX_CHARGING_POWER_W.dotted()),
            Map.entry("power", ConfigKey.MAX_CHARGING_POWER_W.dotted()),
            Map.entry("voltageNominalV", ConfigKey.VOLTAGE_V.dotted()),
            Map.entry("phases", ConfigKey.METER_PHASES.dotted()),
            Map.entry("powerFactor", ConfigKey.POWER_FACTOR.dotted()),
            Map.entry("frequencyHz", ConfigKey.FREQUENCY_HZ.dotted()),
            Map.entry("relativeSigma", ConfigKey.NOISE_AMPLITUDE.dotted()),
            Map.entry("ratePerHour", ConfigKey.DRIFT_RATE_PER_HOUR.dotted()),
            Map.entry("bound", ConfigKey.DRIFT_BOUND.dotted()),
            Map.entry("ambientC", ConfigKey.AMBIENT_TEMPERATURE_C.dotted()),
            Map.entry("riseAtFullLoadC", ConfigKey.TEMPERATURE_RISE_C.dotted()),
            Map.entry("thermalTimeConstant", ConfigKey.THERMAL_TIME_CONSTANT_SECONDS.dotted()),
            Map.entry("timeConstant", ConfigKey.THERMAL_TIME_CONSTANT_SECONDS.dotted()),
            Map.entry("updateInterval", ConfigKey.UPDATE_INTERVAL_SECONDS.dotted()));

    /** The domain's {@link MeterSetup#DEFAULT}, with noise and drift switched on. */
    public static final MeterConfig DEFAULTS = new MeterConfig(7360.0, 230.0, 1, 0.99, 50.0, true, 0.005, true,
            0.002, 0.01, 25.0, 20.0, Duration.ofSeconds(600), Duration.ofSeconds(1));

    public MeterConfig {
        maxChargingPowerW = ConfigRules.maxChargingPowerW(maxChargingPowerW);
        voltageV = ConfigRules.voltageV(voltageV);
        phases = ConfigRules.meterPhases(phases);
        powerFactor = ConfigRules.powerFactor(powerFactor);
        frequencyHz = ConfigRules.frequencyHz(frequencyHz);
        noiseAmplitude = ConfigRules.noiseAmplitude(noiseAmplitude);
        driftRatePerHour = ConfigRules.driftRatePerHour(driftRatePerHour);
        driftBound = ConfigRules.driftBound(driftBound);
        ambientTemperatureC = ConfigRules.ambientTemperatureC(ambientTemperatureC);
        temperatureRiseC = ConfigRules.temperatureRiseC(temperatureRiseC);
        thermalTimeConstant = ConfigRules.thermalTimeConstant(thermalTimeConstant);
        updateInterval = ConfigRules.updateInterval(updateInterval);
        meterSetup(maxChargingPowerW, voltageV, phases, powerFactor, frequencyHz, includeNoise, noiseAmplitude,
                simulateDrift, driftRatePerHour, driftBound, ambientTemperatureC, temperatureRiseC,
                thermalTimeConstant, updateInterval);
    }

    /** The seed README's keys; every other key at its default. */
    public MeterConfig(double maxChargingPowerW, double voltageV, boolean includeNoise, boolean simulateDrift) {
        this(maxChargingPowerW, voltageV, DEFAULTS.phases, DEFAULTS.powerFactor, DEFAULTS.frequencyHz, includeNoise,
                DEFAULTS.noiseAmplitude, simulateDrift, DEFAULTS.driftRatePerHour, DEFAULTS.driftBound,
                DEFAULTS.ambientTemperatureC, DEFAULTS.temperatureRiseC, DEFAULTS.thermalTimeConstant,
                DEFAULTS.updateInterval);
    }

    /**
     * The domain's view: noise of {@link #noiseAmplitude()} or none, drift at
     * {@link #driftRatePerHour()} or none.
     */
    public MeterSetup toMeterSetup() {
        return meterSetup(maxChargingPowerW, voltageV, phases, powerFactor, frequencyHz, includeNoise, noiseAmplitude,
                simulateDrift, driftRatePerHour, driftBound, ambientTemperatureC, temperatureRiseC,
                thermalTimeConstant, updateInterval);
    }

    private static MeterSetup meterSetup(double maxChargingPowerW, double voltageV, int phases, double powerFactor,
            double frequencyHz, boolean includeNoise, double noiseAmplitude, boolean simulateDrift,
            double driftRatePerHour, double driftBound, double ambientTemperatureC, double temperatureRiseC,
            Duration thermalTimeConstant, Duration updateInterval) {
        return ConfigRules.fromDomain(ConfigSection.METER_CONFIG, KEY_BY_FIELD, () -> new MeterSetup(
                Power.ofWatts(maxChargingPowerW), voltageV, phases, powerFactor, frequencyHz,
                includeNoise ? noiseAmplitude : 0, simulateDrift ? driftRatePerHour : 0, driftBound,
                ambientTemperatureC, temperatureRiseC, thermalTimeConstant, updateInterval));
    }
}
