package io.ocppsim.domain.ev;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;
import java.util.random.RandomGenerator;

/**
 * The battery of a plugged-in EV during one session: its state of charge, and the power the EV
 * wants to draw.
 *
 * <p>The state of charge starts at the profile's initial SoC and rises by
 * {@code 100 x delivered / capacity} percent with every {@link #charge}; it never exceeds 100 and
 * never falls. Charging losses are not modelled: every watt-hour metered reaches the battery.
 * Once the SoC reaches the target ({@link #reachedTarget()}), the EV draws nothing.
 *
 * <p>Mutable and not thread-safe; one instance per plugged-in EV.
 */
public final class EvBattery {

    /** How close to the target, in percentage points, counts as having reached it (absorbs rounding). */
    public static final double TARGET_TOLERANCE_PERCENT = 1e-9;

    private final EvProfile profile;
    private double socPercent;

    /** A battery at the profile's initial state of charge. */
    public EvBattery(EvProfile profile) {
        this.profile = Checks.required("profile", profile);
        this.socPercent = profile.initialSocPercent();
    }

    public EvProfile profile() {
        return profile;
    }

    /** The state of charge, in percent (0..100). */
    public double soc() {
        return socPercent;
    }

    /** Stores {@code delivered}: the SoC rises by {@code 100 x delivered / capacity}, up to 100. */
    public void charge(Energy delivered) {
        Checks.required("delivered", delivered);
        double rise = 100 * delivered.wattHours() / profile.batteryCapacityWh();
        socPercent = Math.min(100, socPercent + rise);
    }

    /** Whether the SoC is at (within {@link #TARGET_TOLERANCE_PERCENT}) or above the target. */
    public boolean reachedTarget() {
        return socPercent >= profile.targetSocPercent() - TARGET_TOLERANCE_PERCENT;
    }

    /** The energy still needed to reach the target; zero once it is reached. */
    public Energy energyToTarget() {
        double missing = profile.targetSocPercent() - socPercent;
        return missing <= 0 ? Energy.ZERO : Energy.ofWattHours(missing / 100 * profile.batteryCapacityWh());
    }

    /**
     * The power the EV draws now on all its phases: see {@link #acceptablePower(ChargingPattern, Power, int,
     * RandomGenerator)}.
     */
    public Power acceptablePower(ChargingPattern pattern, Power offered, RandomGenerator random) {
        return acceptablePower(pattern, offered, profile.phases(), random);
    }

    /**
     * The power the EV draws now: the pattern applied to the power it is allowed, the least of its
     * own maximum on the phases in use and what the EVSE offers; zero once the target is reached.
     *
     * <p>So the delivered power is {@code pattern(min(EV maximum, EVSE maximum, smart-charging
     * limit))}: a constant pattern takes all of it, a tapered one falls from it past its threshold,
     * a variable one wanders around its share of it. The caller computes the offer as the least of
     * the EVSE maximum and any limit. Below the target the pattern is always asked, even when the offer
     * is zero, so the random draws taken do not depend on the limits in force; at the target nothing
     * is drawn.
     *
     * @param offered what the EVSE offers, in watts
     * @param phasesInUse the phases current flows on (1..3)
     * @param random passed on to the pattern
     */
    public Power acceptablePower(ChargingPattern pattern, Power offered, int phasesInUse, RandomGenerator random) {
        Checks.required("pattern", pattern);
        Checks.required("offered", offered);
        if (reachedTarget()) {
            return Power.ZERO;
        }
        Power own = profile.maxAcPowerOn(phasesInUse);
        Power allowed = own.compareTo(offered) <= 0 ? own : offered;
        return pattern.draw(allowed, socPercent, profile.targetSocPercent(), random);
    }
}
