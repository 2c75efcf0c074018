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
}
