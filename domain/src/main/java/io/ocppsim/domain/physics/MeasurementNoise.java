package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.Checks;
import java.util.random.RandomGenerator;

/**
 * Gaussian measurement noise on a reading: {@code reading = value x (1 + relativeSigma x g)}, with
 * {@code g} a standard normal draw clipped to [-{@value #CLIP_SIGMAS}, +{@value #CLIP_SIGMAS}].
 *
 * <p>Noise is for readings only (voltage, current, power, frequency as reported), never for the
 * energy register, which integrates the true power; so noise can never make energy go backwards.
 * The clip keeps every reading within {@code value x (1 ± 4 x relativeSigma)}: with
 * {@code relativeSigma <= 0.2} a positive value stays positive and zero stays zero. Each
 * {@link #apply} takes exactly one {@code nextGaussian} from the generator, except that
 * {@link #NONE} (sigma 0) takes none.
 *
 * @param relativeSigma the standard deviation relative to the value, 0..0.2 (0.005 is 0.5 %)
 */
public record MeasurementNoise(double relativeSigma) {

    /** Where the Gaussian is clipped, in standard deviations. */
    public static final double CLIP_SIGMAS = 4;

    /** The largest relative sigma accepted: beyond it a clipped draw could turn a reading negative. */
    public static final double MAX_RELATIVE_SIGMA = 0.2;

    /** No noise: readings are the values themselves, and the generator is not touched. */
    public static final MeasurementNoise NONE = new MeasurementNoise(0);

    public MeasurementNoise {
        Numbers.between("relativeSigma", relativeSigma, 0, MAX_RELATIVE_SIGMA);
    }

    /** The value as a noisy instrument would read it. */
    public double apply(double value, RandomGenerator random) {
        Numbers.finite("value", value);
        if (relativeSigma == 0) {
            return value;
        }
        Checks.required("random", random);
        double g = Math.clamp(random.nextGaussian(), -CLIP_SIGMAS, CLIP_SIGMAS);
        return value * (1 + relativeSigma * g);
    }
}
