package io.ocppsim.domain.chargepoint;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * The identity a charge point connects with: the last segment of its WebSocket URL and the user
 * name of its Basic authentication. At most 48 characters from OCPP's identifier set that stand in
 * a URL path and a user name as they are: letters, digits and {@code * - _ = + @ . ~}.
 */
public record ChargePointId(String value) {

    public static final int MAX_LENGTH = 48;
    private static final String ALLOWED_MARKS = "*-_=+@.~";

    public ChargePointId {
        value = Checks.text("chargePointId", value, MAX_LENGTH);
        for (char c : value.toCharArray()) {
            boolean letterOrDigit = c < 0x80 && Character.isLetterOrDigit(c);
            if (!letterOrDigit && ALLOWED_MARKS.indexOf(c) < 0) {
                throw new InvalidValueException("chargePointId",
                        "may contain letters, digits and * - _ = + @ . ~ only, found '" + c + "'");
            }
        }
    }

    public static ChargePointId of(String value) {
        return new ChargePointId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
