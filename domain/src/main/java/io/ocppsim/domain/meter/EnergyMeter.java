package io.ocppsim.domain.meter;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A connector's energy meter: a register that integrates the power flowing through it over time.
 *
 * <p>The register only ever grows: energy is added as {@code power x elapsed time}, time that runs
 * backwards adds nothing, and no operation subtracts. It is advanced lazily, to the instant of each
 * change or reading, with the power that held since the previous advance.
 */
public final class EnergyMeter {

    private Energy register;
    private Power power = Power.ZERO;
    private Instant advancedTo;

    public EnergyMeter(Energy initialRegister, Instant now) {
        this.register = Objects.requireNonNull(initialRegister, "initialRegister");
        this.advancedTo = Objects.requireNonNull(now, "now");
    }

    /** Integrates the current power up to {@code now} and then holds {@code newPower} from there on. */
    public void advanceTo(Instant now, Power newPower) {
        advanceTo(now);
        this.power = Objects.requireNonNull(newPower, "newPower");
    }

    /** Integrates the current power up to {@code now}. */
    public void advanceTo(Instant now) {
        Objects.requireNonNull(now, "now");
        if (now.isAfter(advancedTo)) {
            register = register.plus(power.over(Duration.between(advancedTo, now)));
            advancedTo = now;
        }
    }

    /** The register as of the last advance. */
    public Energy register() {
        return register;
    }

    /** The power held since the last advance. */
    public Power power() {
        return power;
    }
}
