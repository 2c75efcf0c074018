package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import java.util.List;

/**
 * The electrical readings of a connector at one instant: active power, per-phase voltage (line to
 * neutral) and current, power factor and frequency.
 *
 * <p>Invariant, checked on construction: the readings agree with each other,
 * {@code sum over phases of (V x I) x PF == P} to within a relative 1e-9 (rounding), so a
 * MeterValues message built from one state is coherent. A state is built by {@link ElectricalModel}.
 *
 * @param power the active power imported, in watts
 * @param phases the phases carrying current, L1 first; 1 to 3 of them
 * @param powerFactor the power factor, in (0, 1]
 * @param frequencyHz the supply frequency, in hertz (> 0)
 */
public record ElectricalState(Power power, List<Phase> phases, double powerFactor, double frequencyHz) {

    /** Relative tolerance of the coherence check. */
    static final double TOLERANCE = 1e-9;

    public ElectricalState {
        Checks.required("power", power);
        Checks.required("phases", phases);
        phases = List.copyOf(phases);
        if (phases.isEmpty() || phases.size() > 3) {
            throw new InvalidValueException("phases", "must hold 1 to 3 phases, held " + phases.size());
        }
        ElectricalModel.checkPowerFactor(powerFactor);
        Numbers.positive("frequencyHz", frequencyHz);
        double apparent = 0;
        for (Phase phase : phases) {
            apparent += phase.voltageV() * phase.currentA();
        }
        double active = apparent * powerFactor;
        if (Math.abs(active - power.watts()) > TOLERANCE * Math.max(1, power.watts())) {
            throw new InvalidValueException("phases",
                    "V x I x PF summed over the phases is " + active + " W, not the power " + power.watts() + " W");
        }
    }

    /** How many phases carry current: 1, 2 or 3. */
    public int phaseCount() {
        return phases.size();
    }

    /** The readings of phase {@code number}, 1 for L1 to {@link #phaseCount()}. */
    public Phase phase(int number) {
        if (number < 1 || number > phases.size()) {
            throw new InvalidValueException("phase", "must be between 1 and " + phases.size() + ", was " + number);
        }
        return phases.get(number - 1);
    }

    /**
     * The readings of one phase.
     *
     * @param voltageV the voltage between the phase and neutral, in volts (> 0)
     * @param currentA the current in the phase, in amperes (>= 0)
     */
    public record Phase(double voltageV, double currentA) {

        public Phase {
            Numbers.positive("voltageV", voltageV);
            Checks.nonNegativeFinite("currentA", currentA);
        }
    }
}
