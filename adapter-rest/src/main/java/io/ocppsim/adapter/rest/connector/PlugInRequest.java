package io.ocppsim.adapter.rest.connector;

/**
 * The optional body of {@code POST /connectors/{id}/plug-in}: how the EV plugged in differs from the
 * charge point's default EV, for example
 * {@code {"soc": 20, "capacity_wh": 60000, "target_soc": 80, "max_power_w": 11000, "phases": 3}}.
 * Every field is optional; a missing or null one keeps the default's value.
 *
 * @param soc the state of charge at plug-in, in percent, 0 to 100
 * @param capacityWh the usable battery capacity, in watt-hours, above 0
 * @param targetSoc where the EV stops drawing, in percent, from {@code soc} to 100; without it the
 *     default target, or {@code soc} when that is higher
 * @param maxPowerW the most the EV's on-board charger draws, in watts, above 0
 * @param phases the phases the on-board charger uses, 1 or 3
 */
public record PlugInRequest(Double soc, Double capacityWh, Double targetSoc, Double maxPowerW, Integer phases) {

    /** No overrides: the default EV. */
    public static final PlugInRequest DEFAULT_EV = new PlugInRequest(null, null, null, null, null);
}
