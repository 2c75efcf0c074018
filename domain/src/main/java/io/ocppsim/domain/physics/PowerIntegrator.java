package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns piecewise-constant power into energy: {@code dE = P x dt}, in watt-hours.
 *
 * <p>The integrator holds one power at a time. Each {@link #advanceTo} adds the energy of the power
 * held since the previous advance and returns that increment, which is what a battery is charged
 * with; {@link #total()} is the sum of every increment. For power that really is constant between
 * advances the result is exact up to floating-point rounding (a relative error of about 1e-16 per
 * step, so below 1e-9 even after a million steps).
 *
 * <p>Invariants: an increment is never negative (time that runs backwards, or stands still, adds
 * nothing and does not move the integrator back), so {@code total()} never decreases.
 *
 * <p>This does not replace {@code EnergyMeter}, the OCPP register that lives across transactions; it
 * gives the caller each increment so that meter, battery and statistics can be advanced together.
 * Mutable and not thread-safe; it draws no random numbers.
 */
public final class PowerIntegrator {

    private Instant advancedTo;
    private Power power = Power.ZERO;
    private double totalWh;

    /** An integrator holding zero power from {@code start}. */
    public PowerIntegrator(Instant start) {
        this.advancedTo = Checks.required("start", start);
    }

    /**
     * Integrates the held power from the last advance up to {@code now}.
     *
     * @return the energy added; {@link Energy#ZERO} if {@code now} is not after the last advance
     */
    public Energy advanceTo(Instant now) {
        Checks.required("now", now);
        if (!now.isAfter(advancedTo)) {
            return Energy.ZERO;
        }
        Energy increment = energy(power, Duration.between(advancedTo, now));
        advancedTo = now;
        totalWh += increment.wattHours();
        return increment;
    }

    /** Integrates up to {@code now} with the power held so far, then holds {@code next} from there on. */
    public Energy advanceTo(Instant now, Power next) {
        Checks.required("next", next);
        Energy increment = advanceTo(now);
        power = next;
        return increment;
    }

    /** Holds {@code next} from the last advance on (the same as {@code advanceTo(advancedTo(), next)}). */
    public void hold(Power next) {
        power = Checks.required("next", next);
    }

    /** The power held since the last advance. */
    public Power power() {
        return power;
    }

    /** The instant up to which energy has been integrated. */
    public Instant advancedTo() {
        return advancedTo;
    }

    /** All the energy integrated so far. */
    public Energy total() {
        return Energy.ofWattHours(totalWh);
    }

    /** {@code power x dt} in watt-hours; zero for a zero or negative {@code dt}. */
    public static Energy energy(Power power, Duration dt) {
        Checks.required("power", power);
        Checks.required("dt", dt);
        if (dt.isNegative() || dt.isZero()) {
            return Energy.ZERO;
        }
        return Energy.ofWattHours(power.watts() * Numbers.hours(dt));
    }

    /**
     * How long {@code power} must be held to deliver {@code energy}, rounded up to the nanosecond:
     * lets a caller end a step exactly where a battery reaches its target.
     *
     * @return zero for zero energy; empty if the energy is positive and the power is zero
     */
    public static Optional<Duration> timeToDeliver(Energy energy, Power power) {
        Checks.required("energy", energy);
        Checks.required("power", power);
        if (energy.wattHours() == 0) {
            return Optional.of(Duration.ZERO);
        }
        if (power.watts() == 0) {
            return Optional.empty();
        }
        double nanos = Math.ceil(energy.wattHours() / power.watts() * Numbers.NANOS_PER_HOUR);
        if (nanos >= Long.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) nanos));
    }
}
