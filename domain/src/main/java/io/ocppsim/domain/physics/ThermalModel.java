package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;

/**
 * The temperature of a connector or cable under load, as a first-order (single time constant) model.
 *
 * <p>At a load fraction {@code L} the temperature heads for {@code target = ambient + rise x L}, and
 * each {@link #advance} moves it exactly as
 * {@code T += (target - T) x (1 - e^(-dt / tau))}. For a load held constant this is the closed form
 * {@code T(t) = target + (T(0) - target) x e^(-t / tau)}, whatever the step sizes: splitting a
 * period into steps gives the same temperature (up to floating-point rounding). Temperatures are in
 * degrees Celsius; the load fraction is power over rated power, 0 at rest, 1 at full load, above 1
 * when overloaded. The rise is taken as proportional to the load, as the simulator's configuration
 * describes it (a resistive cable would rise with the square of the current).
 *
 * <p>Mutable and not thread-safe; it draws no random numbers.
 */
public final class ThermalModel {

    private final double ambientC;
    private final double riseAtFullLoadC;
    private final Duration timeConstant;
    private final double tauNanos;
    private double temperatureC;

    /**
     * A model that starts at ambient temperature.
     *
     * @param ambientC the temperature at rest, in degrees Celsius
     * @param riseAtFullLoadC how far above ambient a full load settles, in kelvin (>= 0)
     * @param timeConstant the time constant tau (> 0): after tau, 63 % of a step change is reached
     */
    public ThermalModel(double ambientC, double riseAtFullLoadC, Duration timeConstant) {
        this(ambientC, riseAtFullLoadC, timeConstant, ambientC);
    }

    /** A model that starts at {@code initialC}, e.g. a cable still warm from an earlier session. */
    public ThermalModel(double ambientC, double riseAtFullLoadC, Duration timeConstant, double initialC) {
        this.ambientC = Numbers.finite("ambientC", ambientC);
        this.riseAtFullLoadC = Numbers.between("riseAtFullLoadC", riseAtFullLoadC, 0, 1000);
        Numbers.notNegative("timeConstant", timeConstant);
        if (timeConstant.isZero()) {
            throw new InvalidValueException("timeConstant", "must be > 0, was PT0S");
        }
        this.timeConstant = timeConstant;
        this.tauNanos = Numbers.toNanos(timeConstant);
        this.temperatureC = Numbers.finite("initialC", initialC);
    }

    /**
     * Lets {@code dt} pass at a constant {@code loadFraction} (>= 0).
     *
     * @throws InvalidValueException if {@code dt} is negative or the load is
     *     negative or not finite
     */
    public void advance(Duration dt, double loadFraction) {
        Numbers.notNegative("dt", dt);
        Checks.nonNegativeFinite("loadFraction", loadFraction);
        double target = steadyStateC(loadFraction);
        // 1 - e^(-x), computed without cancellation for small steps
        double approach = -Math.expm1(-Numbers.toNanos(dt) / tauNanos);
        temperatureC += (target - temperatureC) * approach;
    }

    /** The temperature now, in degrees Celsius. */
    public double temperatureC() {
        return temperatureC;
    }

    /** Where the temperature settles if {@code loadFraction} is held: {@code ambient + rise x load}. */
    public double steadyStateC(double loadFraction) {
        return ambientC + riseAtFullLoadC * loadFraction;
    }

    public double ambientC() {
        return ambientC;
    }

    public double riseAtFullLoadC() {
        return riseAtFullLoadC;
    }

    public Duration timeConstant() {
        return timeConstant;
    }
}
