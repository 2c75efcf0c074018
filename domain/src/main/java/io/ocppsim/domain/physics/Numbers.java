package io.ocppsim.domain.physics;

import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;

/** Argument checks for the physics models; each failure names the field, like {@code Checks}. */
final class Numbers {

    /** Nanoseconds in one hour, the unit in which rates and energies are expressed. */
    static final double NANOS_PER_HOUR = 3_600_000_000_000.0;

    private Numbers() {
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "must be a finite number, was " + value);
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidValueException(field, "must be a finite number > 0, was " + value);
        }
        return value;
    }

    static double between(String field, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static Duration notNegative(String field, Duration value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (value.isNegative()) {
            throw new InvalidValueException(field, "must not be negative, was " + value);
        }
        return value;
    }

    /** A duration in hours, as a double (exact to the nanosecond for any realistic duration). */
    static double hours(Duration duration) {
        return toNanos(duration) / NANOS_PER_HOUR;
    }

    /** Nanoseconds of a duration as a double, without overflowing for very long durations. */
    static double toNanos(Duration duration) {
        return duration.getSeconds() * 1e9 + duration.getNano();
    }
}
