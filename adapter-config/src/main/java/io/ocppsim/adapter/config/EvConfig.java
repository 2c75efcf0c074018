package io.ocppsim.adapter.config;

import io.ocppsim.domain.ev.EvProfile;
import java.util.Map;

/**
 * {@code [simulator.ev_config]}: the EV that plugs in when a plug-in does not describe one. The
 * constructor checks each value by its own rule and then all of them by the domain's
 * {@link EvProfile} (which wants the target at or above the initial state of charge), naming the
 * key of a refused value.
 *
 * @param batteryCapacityWh the usable battery capacity in watt-hours, above 0 up to 1,000,000
 * @param initialSoc the state of charge at plug-in, in percent, 0 to 100
 * @param targetSoc the state of charge at which the EV stops charging, in percent, initialSoc to 100
 * @param maxPowerW the most the on-board charger draws, in watts, above 0 up to 1,000,000
 * @param phases the phases the on-board charger uses, 1 or 3
 */
public record EvConfig(double batteryCapacityWh, double initialSoc, double targetSoc, double maxPowerW,
        int phases) {

    /** The key each field of the domain value comes from. */
    private static final Map<String, String> KEY_BY_FIELD = Map.of(
            "batteryCapacityWh", ConfigKey.BATTERY_CAPACITY_WH.dotted(),
            "initialSocPercent", ConfigKey.INITIAL_SOC.dotted(),
            "targetSocPercent", ConfigKey.TARGET_SOC.dotted(),
            "maxAcPowerW", ConfigKey.EV_MAX_POWER_W.dotted(),
            "phases", ConfigKey.EV_PHASES.dotted());

    /** The domain's {@link EvProfile#DEFAULT}: 60 kWh from 20 % to 80 % at up to 7.4 kW on one phase. */
    public static final EvConfig DEFAULTS = new EvConfig(60_000.0, 20.0, 80.0, 7_400.0, 1);

    public EvConfig {
        batteryCapacityWh = ConfigRules.batteryCapacityWh(batteryCapacityWh);
        initialSoc = ConfigRules.soc(ConfigKey.INITIAL_SOC, initialSoc);
        targetSoc = ConfigRules.soc(ConfigKey.TARGET_SOC, targetSoc);
        maxPowerW = ConfigRules.evMaxPowerW(maxPowerW);
        phases = ConfigRules.evPhases(phases);
        evProfile(batteryCapacityWh, initialSoc, targetSoc, maxPowerW, phases);
    }

    /** The domain's view. */
    public EvProfile toEvProfile() {
        return evProfile(batteryCapacityWh, initialSoc, targetSoc, maxPowerW, phases);
    }

    private static EvProfile evProfile(double batteryCapacityWh, double initialSoc, double targetSoc,
            double maxPowerW, int phases) {
        return ConfigRules.fromDomain(ConfigSection.EV_CONFIG, KEY_BY_FIELD,
                () -> new EvProfile(batteryCapacityWh, initialSoc, targetSoc, maxPowerW, phases));
    }
}
