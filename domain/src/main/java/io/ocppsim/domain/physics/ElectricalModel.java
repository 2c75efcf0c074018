package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The electrical side of a connector: turns the active power flowing into the readings a meter
 * reports, with {@code I = P / (V x phases x PF)} per phase.
 *
 * <p>The power is shared equally between the phases. With noise or drift the per-phase voltages
 * differ from the nominal (and from each other); each phase's current is then computed from its own
 * voltage reading, so that {@code V x I x PF} summed over the phases always equals the power reading
 * (see {@link ElectricalState}). The power given here is the true power, which the caller also
 * integrates into energy; noise only changes what is reported.
 *
 * @param voltageNominalV the nominal voltage between a phase and neutral, in volts (0 < V <= 1000;
 *     230 in Europe)
 * @param phases how many phases carry current, 1 to 3 (OCPP's numberPhases)
 * @param powerFactor the power factor, in (0, 1]
 * @param frequencyHz the nominal supply frequency, in hertz (> 0; 50 or 60)
 */
public record ElectricalModel(double voltageNominalV, int phases, double powerFactor, double frequencyHz) {

    public ElectricalModel {
        if (!(voltageNominalV > 0 && voltageNominalV <= 1000)) {
            throw new InvalidValueException("voltageNominalV", "must be > 0 and <= 1000, was " + voltageNominalV);
        }
        if (phases < 1 || phases > 3) {
            throw new InvalidValueException("phases", "must be 1, 2 or 3, was " + phases);
        }
        checkPowerFactor(powerFactor);
        Numbers.positive("frequencyHz", frequencyHz);
    }

    static void checkPowerFactor(double powerFactor) {
        if (!(powerFactor > 0 && powerFactor <= 1)) {
            throw new InvalidValueException("powerFactor", "must be > 0 and <= 1, was " + powerFactor);
        }
    }

    /** The current per phase at nominal voltage: {@code P / (V x phases x PF)}, in amperes. */
    public double currentPerPhaseA(Power power) {
        Checks.required("power", power);
        return power.watts() / (voltageNominalV * phases * powerFactor);
    }

    /**
     * The power drawn at a current per phase at nominal voltage, {@code I x V x phases x PF}: the
     * inverse of {@link #currentPerPhaseA}, e.g. to turn a limit in amperes into watts.
     */
    public Power powerAt(double currentPerPhaseA) {
        Checks.nonNegativeFinite("currentPerPhaseA", currentPerPhaseA);
        return Power.ofWatts(currentPerPhaseA * voltageNominalV * phases * powerFactor);
    }

    /** The readings of an ideal meter: nominal voltage and frequency, exact power. Draws nothing. */
    public ElectricalState ideal(Power power) {
        return measure(power, MeasurementNoise.NONE, Drift.none(), null);
    }

    /**
     * The readings of a real meter at {@code power}.
     *
     * <p>In this order: the power reading is {@code noise} applied to {@code power}; each phase's
     * voltage, L1 first, is {@code noise} applied to the nominal voltage moved by
     * {@code voltageDrift}'s current offset; the frequency is {@code noise} applied to the nominal
     * frequency. So a noisy measurement takes {@code phases + 2} Gaussian draws from {@code random},
     * and one without noise takes none. The drift is only read here; its owner advances it.
     *
     * @param random the generator; may be null only when {@code noise} is {@link MeasurementNoise#NONE}
     */
    public ElectricalState measure(Power power, MeasurementNoise noise, Drift voltageDrift, RandomGenerator random) {
        Checks.required("power", power);
        Checks.required("noise", noise);
        Checks.required("voltageDrift", voltageDrift);
        double powerReading = noise.apply(power.watts(), random);
        double drifted = voltageDrift.apply(voltageNominalV);
        List<ElectricalState.Phase> readings = new ArrayList<>(phases);
        for (int phase = 0; phase < phases; phase++) {
            double voltage = noise.apply(drifted, random);
            double current = powerReading / (phases * voltage * powerFactor);
            readings.add(new ElectricalState.Phase(voltage, current));
        }
        double frequency = noise.apply(frequencyHz, random);
        return new ElectricalState(Power.ofWatts(powerReading), readings, powerFactor, frequency);
    }
}
