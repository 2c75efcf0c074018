package io.ocppsim.adapter.config;

/**
 * {@code [simulator.meter_config]}: how the simulated meter behaves.
 *
 * @param maxChargingPowerW the highest charging power in watts, above 0 up to 1,000,000
 * @param voltageV the nominal voltage in volts, above 0 up to 1000
 * @param includeNoise whether readings get small random noise
 * @param simulateDrift whether readings drift slowly
 */
public record MeterConfig(double maxChargingPowerW, double voltageV, boolean includeNoise, boolean simulateDrift) {

    public static final MeterConfig DEFAULTS = new MeterConfig(7360.0, 230.0, true, true);

    public MeterConfig {
        maxChargingPowerW = ConfigRules.maxChargingPowerW(maxChargingPowerW);
        voltageV = ConfigRules.voltageV(voltageV);
    }
}
