package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * A slow, bounded drift of a reading, such as a supply voltage that wanders over the hours: a
 * relative offset that starts at 0 and is applied as {@code reading = value x (1 + offset())}.
 *
 * <p>The offset moves in straight lines at exactly {@code ratePerHour} (relative change per hour)
 * towards a target drawn uniformly from [-bound, bound); when it arrives, the next target is drawn,
 * and so on. Hence at all times {@code |offset()| <= bound}, and over any {@code dt} the offset moves
 * by at most {@code ratePerHour x dt}.
 *
 * <p>The path depends only on the time elapsed, not on how it is cut into steps: advancing one hour
 * at once or in 3 600 one-second steps draws the same targets, in the same order, and ends at the
 * same offset (up to floating-point rounding). A rate or a bound of 0 never moves and never draws.
 *
 * <p>Mutable and not thread-safe: one instance per drifting reading, advanced by its owner.
 */
public final class Drift {

    /** The bound used when none is given: 1 % of the value. */
    public static final double DEFAULT_BOUND = 0.01;

    /** The largest bound accepted: 50 % of the value. */
    public static final double MAX_BOUND = 0.5;

    private final double ratePerHour;
    private final double bound;
    private double offset;
    private double target = Double.NaN;

    /**
     * @param ratePerHour how fast the offset moves, as a relative change per hour (>= 0; 0.002 = 0.2 %/h)
     * @param bound the largest offset in either direction, relative (0..0.5)
     */
    public Drift(double ratePerHour, double bound) {
        this.ratePerHour = Checks.nonNegativeFinite("ratePerHour", ratePerHour);
        this.bound = Numbers.between("bound", bound, 0, MAX_BOUND);
    }

    /** A drift bounded by {@link #DEFAULT_BOUND}. */
    public Drift(double ratePerHour) {
        this(ratePerHour, DEFAULT_BOUND);
    }

    /** A drift that never moves. */
    public static Drift none() {
        return new Drift(0, 0);
    }

    /** Lets {@code dt} pass; draws a new target from {@code random} each time the current one is reached. */
    public void advance(Duration dt, RandomGenerator random) {
        Numbers.notNegative("dt", dt);
        if (ratePerHour == 0 || bound == 0 || dt.isZero()) {
            return;
        }
        Checks.required("random", random);
        double hoursLeft = Numbers.hours(dt);
        while (hoursLeft > 0) {
            if (Double.isNaN(target)) {
                target = random.nextDouble(-bound, bound);
            }
            double distance = Math.abs(target - offset);
            double hoursToTarget = distance / ratePerHour;
            if (hoursToTarget <= hoursLeft) {
                offset = target;
                target = Double.NaN;
                hoursLeft -= hoursToTarget;
            } else {
                offset += Math.signum(target - offset) * ratePerHour * hoursLeft;
                hoursLeft = 0;
            }
        }
    }

    /** The current relative offset, within [-bound, bound]. */
    public double offset() {
        return offset;
    }

    /** {@code value x (1 + offset())}. */
    public double apply(double value) {
        return Numbers.finite("value", value) * (1 + offset);
    }

    public double ratePerHour() {
        return ratePerHour;
    }

    public double bound() {
        return bound;
    }
}
