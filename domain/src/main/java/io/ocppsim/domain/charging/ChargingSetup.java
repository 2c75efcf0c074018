package io.ocppsim.domain.charging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;

/**
 * How one connector charges: its EVSE and meter, the shape of the EV's demand, and the EV that
 * arrives when a cable is plugged in without saying otherwise.
 */
public record ChargingSetup(MeterSetup meter, ChargingPattern pattern, EvProfile defaultEv) {

    public ChargingSetup {
        Checks.required("meter", meter);
        Checks.required("pattern", pattern);
        Checks.required("defaultEv", defaultEv);
    }

    /**
     * Exactly {@code power} whenever the connector reports Charging: an ideal meter, a constant
     * pattern and an EV that takes at least that much and does not fill up in any simulated lifetime.
     */
    public static ChargingSetup constant(Power power) {
        return new ChargingSetup(MeterSetup.ideal(power), ChargingPattern.constant(),
                new EvProfile(1e15, 0, 100, Math.max(power.watts(), 1), 1));
    }

    public ChargingSetup withPattern(ChargingPattern value) {
        return new ChargingSetup(meter, value, defaultEv);
    }

    public ChargingSetup withMeter(MeterSetup value) {
        return new ChargingSetup(value, pattern, defaultEv);
    }

    public ChargingSetup withDefaultEv(EvProfile value) {
        return new ChargingSetup(meter, pattern, value);
    }
}
