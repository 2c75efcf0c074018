package io.ocppsim.domain.ev;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;

/**
 * The electric vehicle plugged into a connector, as the simulator sees it: its battery, where the
 * session starts and where the EV stops charging, and what its on-board AC charger can take.
 *
 * @param batteryCapacityWh the usable battery capacity, in watt-hours (> 0)
 * @param initialSocPercent the state of charge at plug-in, in percent (0..100)
 * @param targetSocPercent the state of charge at which the EV stops drawing, in percent
 *     (initialSocPercent..100)
 * @param maxAcPowerW the most the on-board charger draws, in watts (> 0)
 * @param phases how many phases the on-board charger uses, 1 or 3
 */
public record EvProfile(double batteryCapacityWh, double initialSocPercent, double targetSocPercent,
        double maxAcPowerW, int phases) {

    /**
     * A typical mid-size EV with a single-phase on-board charger: 60 kWh, plugged in at 20 %,
     * charging to 80 % at up to 7.4 kW (32 A at 230 V), so it takes all a default 7.36 kW EVSE offers.
     */
    public static final EvProfile DEFAULT = new EvProfile(60_000, 20, 80, 7_400, 1);

    public EvProfile {
        positive("batteryCapacityWh", batteryCapacityWh);
        between("initialSocPercent", initialSocPercent, 0, 100);
        between("targetSocPercent", targetSocPercent, initialSocPercent, 100);
        positive("maxAcPowerW", maxAcPowerW);
        if (phases != 1 && phases != 3) {
            throw new InvalidValueException("phases", "must be 1 or 3, was " + phases);
        }
    }

    /** The battery capacity as an energy. */
    public Energy batteryCapacity() {
        return Energy.ofWattHours(batteryCapacityWh);
    }

    /** The on-board charger's maximum as a power. */
    public Power maxAcPower() {
        return Power.ofWatts(maxAcPowerW);
    }

    /**
     * The most the on-board charger draws on {@code phasesInUse} phases: its maximum spread over its
     * own phases, so a 3-phase 11 kW charger on a single-phase supply draws 3.67 kW.
     */
    public Power maxAcPowerOn(int phasesInUse) {
        if (phasesInUse < 1) {
            throw new InvalidValueException("phasesInUse", "must be at least 1, was " + phasesInUse);
        }
        return Power.ofWatts(maxAcPowerW * Math.min(phasesInUse, phases) / phases);
    }

    private static void positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidValueException(field, "must be a finite number > 0, was " + value);
        }
    }

    private static void between(String field, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + ", was " + value);
        }
    }
}
