package io.ocppsim.domain.transaction;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * An identifier that authorizes charging: an RFID token, a user id. OCPP's CiString20: at most 20
 * characters, compared case-insensitively.
 */
public record IdTag(String value) {

    public static final int MAX_LENGTH = 20;

    public IdTag {
        value = Checks.text("idTag", value, MAX_LENGTH);
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidValueException("idTag", "must be printable ASCII");
        }
    }

    public static IdTag of(String value) {
        return new IdTag(value);
    }

    /** OCPP compares identifiers case-insensitively. */
    public boolean sameAs(IdTag other) {
        return other != null && value.equalsIgnoreCase(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
