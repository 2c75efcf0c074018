package io.ocppsim.domain.common;

/** Argument checks shared by the value objects; each failure names the field. */
public final class Checks {

    private Checks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** A non-blank string of at most {@code maxLength} characters, without control characters. */
    public static String text(String field, String value, int maxLength) {
        required(field, value);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return optionalText(field, value, maxLength);
    }

    /** Like {@link #text}, but {@code null} is allowed and returned as is. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(field,
                    "must be at most " + maxLength + " characters, was " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return value;
    }

    public static double nonNegativeFinite(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidValueException(field, "must be a finite number >= 0, was " + value);
        }
        return value;
    }

    /** A finite number in [{@code min}, {@code max}]. */
    public static double between(String field, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** A finite number above zero. */
    public static double positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidValueException(field, "must be a finite number > 0, was " + value);
        }
        return value;
    }

    /** A duration above zero. */
    public static java.time.Duration positive(String field, java.time.Duration value) {
        required(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, "must be positive, was " + value);
        }
        return value;
    }
}
