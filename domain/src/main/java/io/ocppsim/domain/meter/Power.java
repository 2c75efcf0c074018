package io.ocppsim.domain.meter;

import io.ocppsim.domain.common.Checks;
import java.time.Duration;

/** Active power in watts; never negative (the simulator only imports energy). */
public record Power(double watts) implements Comparable<Power> {

    public static final Power ZERO = new Power(0);

    public Power {
        Checks.nonNegativeFinite("power", watts);
    }

    public static Power ofWatts(double watts) {
        return new Power(watts);
    }

    /** The energy this power delivers when held for {@code duration}: E = P * t. */
    public Energy over(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return Energy.ZERO;
        }
        double hours = duration.toNanos() / 3_600_000_000_000.0;
        return new Energy(watts * hours);
    }

    @Override
    public int compareTo(Power other) {
        return Double.compare(watts, other.watts);
    }
}
