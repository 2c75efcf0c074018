package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * The outcome of {@link ChargingProfiles#set}: Accepted without a reason, or Rejected with a
 * human-readable reason (for logs and the REST API; OCPP 1.6 has no field for it).
 */
public record SetResult(SetStatus status, String reason) {

    private static final SetResult ACCEPTED = new SetResult(SetStatus.Accepted, null);

    public SetResult {
        Checks.required("status", status);
        if (status == SetStatus.Rejected) {
            Checks.text("reason", reason, 500);
        } else if (reason != null) {
            throw new InvalidValueException("reason", "only a rejection has a reason");
        }
    }

    public static SetResult accepted() {
        return ACCEPTED;
    }

    public static SetResult rejected(String reason) {
        return new SetResult(SetStatus.Rejected, reason);
    }

    public boolean isAccepted() {
        return status == SetStatus.Accepted;
    }
}
