package io.ocppsim.application.port.in;

import io.ocppsim.domain.ev.EvProfile;

/**
 * What is different about the EV plugged in this time; a null field keeps the default's value.
 * {@link #applyTo} checks the result, so an error names the field.
 *
 * @param socPercent the state of charge at plug-in, 0..100
 * @param capacityWh the usable battery capacity, > 0
 * @param targetSocPercent where the EV stops drawing, socPercent..100
 * @param maxPowerW the most its on-board charger draws, > 0
 * @param phases the phases its on-board charger uses, 1 or 3
 */
public record EvOverrides(Double socPercent, Double capacityWh, Double targetSocPercent, Double maxPowerW,
        Integer phases) {

    public static final EvOverrides NONE = new EvOverrides(null, null, null, null, null);

    /** The default EV with these overrides. */
    public EvProfile applyTo(EvProfile defaults) {
        double soc = socPercent != null ? socPercent : defaults.initialSocPercent();
        double target = targetSocPercent != null ? targetSocPercent : Math.max(soc, defaults.targetSocPercent());
        return new EvProfile(capacityWh != null ? capacityWh : defaults.batteryCapacityWh(), soc, target,
                maxPowerW != null ? maxPowerW : defaults.maxAcPowerW(), phases != null ? phases : defaults.phases());
    }
}
