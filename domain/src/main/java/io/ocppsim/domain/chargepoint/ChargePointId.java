package io.ocppsim.domain.chargepoint;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * The identity a charge point connects with: the last segment of its WebSocket URL and the user
 * name of its Basic authentication. At most 48 printable ASCII characters, without the characters
 * that would break a URL path or a user name (space, {@code / ? # : %}).
 */
public record ChargePointId(String value) {

    public static final int MAX_LENGTH = 48;
    private static final String FORBIDDEN = " /?#:%";

    public ChargePointId {
        value = Checks.text("chargePointId", value, MAX_LENGTH);
        for (char c : value.toCharArray()) {
            if (c < 0x21 || c > 0x7e || FORBIDDEN.indexOf(c) >= 0) {
                throw new InvalidValueException("chargePointId",
                        "may contain printable ASCII except space and / ? # : %, found '" + c + "'");
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
