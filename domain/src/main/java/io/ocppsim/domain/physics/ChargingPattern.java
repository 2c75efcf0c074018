package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import java.util.random.RandomGenerator;

/**
 * The shape of an EV's power demand over a session: how much of the power it is {@code allowed} to
 * draw it actually wants at a given state of charge.
 *
 * <p>A pattern is a pure function of its arguments (and, for {@link Variable}, of the next value of
 * the random generator): it holds no state, so the same inputs and the same generator state always
 * give the same power. Every pattern keeps to {@code 0 <= draw <= allowed}.
 *
 * <p>Used by {@code io.ocppsim.domain.ev.EvBattery}, which passes the EV's own maximum as
 * {@code allowed} and then caps the result by what the EVSE offers, so that the delivered power is
 * {@code min(pattern(EV maximum), EVSE maximum, smart-charging limit)}. Patterns do not stop at the
 * target themselves; the battery does.
 */
public sealed interface ChargingPattern permits ChargingPattern.Constant, ChargingPattern.Tapered,
        ChargingPattern.Variable {

    /**
     * The power drawn now.
     *
     * @param allowed the most that may be drawn, in watts
     * @param socPercent the battery's state of charge now, in percent (0..100)
     * @param targetSocPercent the state of charge at which the EV stops, in percent (0..100)
     * @param random the source of any random variation; patterns without variation never touch it
     * @return a power between zero and {@code allowed}, inclusive
     */
    Power draw(Power allowed, double socPercent, double targetSocPercent, RandomGenerator random);

    /** A flat draw at the allowed power. */
    static ChargingPattern constant() {
        return new Constant();
    }

    /** Flat until {@code thresholdSocPercent}, then tapering to the default floor at the target. */
    static ChargingPattern tapered(double thresholdSocPercent) {
        return new Tapered(thresholdSocPercent);
    }

    /** Uniform variation of {@code ± amplitudeFraction} around {@code setPointFraction} of the allowed power. */
    static ChargingPattern variable(double setPointFraction, double amplitudeFraction) {
        return new Variable(setPointFraction, amplitudeFraction);
    }

    /** Draws exactly the allowed power, whatever the state of charge; never touches the generator. */
    record Constant() implements ChargingPattern {

        @Override
        public Power draw(Power allowed, double socPercent, double targetSocPercent, RandomGenerator random) {
            Checks.required("allowed", allowed);
            return allowed;
        }
    }

    /**
     * Constant current, then constant voltage (CC-CV), expressed over the state of charge.
     *
     * <p>With {@code s} the state of charge, {@code h} the threshold and {@code t} the target, the
     * draw is {@code allowed x f(s)} where
     * <ul>
     *   <li>{@code f(s) = 1} for {@code s <= h} (the constant-current phase),</li>
     *   <li>{@code f(s) = floor + (1 - floor) x (t - s) / (t - h)} for {@code h < s < t} (the taper),</li>
     *   <li>{@code f(s) = floor} for {@code s >= t} (and also for every {@code s > h} when
     *       {@code h >= t}: then there is no taper, only the step to the floor past the target).</li>
     * </ul>
     * {@code f} is continuous and non-increasing in {@code s}. Because the power falls linearly with
     * the state of charge, and the state of charge rises in proportion to the power, the power decays
     * exponentially in time during the taper, as the current does in a real constant-voltage phase;
     * the floor keeps it from decaying for ever, so the target is reached in finite time.
     * Never touches the generator.
     *
     * @param thresholdSocPercent where the taper starts, in percent (0..100)
     * @param floorFraction the fraction of the allowed power drawn at the target, in (0, 1]
     */
    record Tapered(double thresholdSocPercent, double floorFraction) implements ChargingPattern {

        /** The floor used when none is given: 5 % of the allowed power, e.g. 550 W of 11 kW. */
        public static final double DEFAULT_FLOOR_FRACTION = 0.05;

        public Tapered {
            Numbers.between("thresholdSocPercent", thresholdSocPercent, 0, 100);
            if (!(floorFraction > 0 && floorFraction <= 1)) {
                throw new InvalidValueException("floorFraction", "must be > 0 and <= 1, was " + floorFraction);
            }
        }

        /** Tapers to {@link #DEFAULT_FLOOR_FRACTION} at the target. */
        public Tapered(double thresholdSocPercent) {
            this(thresholdSocPercent, DEFAULT_FLOOR_FRACTION);
        }

        /** The fraction {@code f(s)} of the allowed power drawn at {@code socPercent}, in [floor, 1]. */
        public double fraction(double socPercent, double targetSocPercent) {
            if (socPercent <= thresholdSocPercent) {
                return 1;
            }
            if (socPercent >= targetSocPercent) {
                return floorFraction;
            }
            double remaining = (targetSocPercent - socPercent) / (targetSocPercent - thresholdSocPercent);
            return floorFraction + (1 - floorFraction) * remaining;
        }

        @Override
        public Power draw(Power allowed, double socPercent, double targetSocPercent, RandomGenerator random) {
            Checks.required("allowed", allowed);
            return Power.ofWatts(allowed.watts() * fraction(socPercent, targetSocPercent));
        }
    }

    /**
     * A load that varies at random around a set point, such as an EV whose on-board systems come and
     * go: each call draws {@code u} uniformly from [-1, 1) and returns
     * {@code allowed x clamp(setPointFraction + amplitudeFraction x u, 0, 1)}.
     *
     * <p>So the draw always lies within
     * {@code [allowed x max(0, set point - amplitude), allowed x min(1, set point + amplitude)]};
     * where the band pokes out of [0, 1] the excess is clamped, so the draw then sits exactly on zero or
     * on the allowed power for part of the time. Draws are independent of each other and of the state
     * of charge; each call takes exactly one {@code nextDouble} from the generator.
     *
     * @param setPointFraction the centre of the variation, as a fraction of the allowed power (0..1)
     * @param amplitudeFraction the half-width of the variation, as a fraction of the allowed power (0..1)
     */
    record Variable(double setPointFraction, double amplitudeFraction) implements ChargingPattern {

        public Variable {
            Numbers.between("setPointFraction", setPointFraction, 0, 1);
            Numbers.between("amplitudeFraction", amplitudeFraction, 0, 1);
        }

        /** The smallest fraction of the allowed power this pattern ever draws. */
        public double lowestFraction() {
            return Math.max(0, setPointFraction - amplitudeFraction);
        }

        /** The largest fraction of the allowed power this pattern ever draws. */
        public double highestFraction() {
            return Math.min(1, setPointFraction + amplitudeFraction);
        }

        @Override
        public Power draw(Power allowed, double socPercent, double targetSocPercent, RandomGenerator random) {
            Checks.required("allowed", allowed);
            Checks.required("random", random);
            double u = random.nextDouble(-1, 1);
            double fraction = Math.clamp(setPointFraction + amplitudeFraction * u, 0.0, 1.0);
            return Power.ofWatts(allowed.watts() * fraction);
        }
    }
}
