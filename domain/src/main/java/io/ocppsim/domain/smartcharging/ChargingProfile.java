package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Instant;

/**
 * A charging profile as OCPP 1.6 defines it (csChargingProfiles): a schedule of limits with a
 * purpose, a stack level (higher wins within a purpose), a kind saying where the schedule counts
 * from, and an optional validity window [{@code validFrom}, {@code validTo}).
 *
 * <p>Validates itself: {@code stackLevel >= 0}; a Recurring profile needs a {@code recurrencyKind}
 * and a {@code startSchedule} in its schedule; only a TxProfile names a {@code transactionId}; when
 * both are given, {@code validFrom} is before {@code validTo}. A {@code recurrencyKind} on a
 * profile that is not Recurring is accepted and ignored.
 */
public record ChargingProfile(int id, Integer transactionId, int stackLevel, ChargingProfilePurpose purpose,
        ChargingProfileKind kind, RecurrencyKind recurrencyKind, Instant validFrom, Instant validTo,
        ChargingSchedule schedule) {

    public ChargingProfile {
        if (stackLevel < 0) {
            throw new InvalidValueException("stackLevel", "must be >= 0, was " + stackLevel);
        }
        Checks.required("chargingProfilePurpose", purpose);
        Checks.required("chargingProfileKind", kind);
        Checks.required("chargingSchedule", schedule);
        if (kind == ChargingProfileKind.Recurring) {
            Checks.required("recurrencyKind", recurrencyKind);
            if (schedule.startSchedule() == null) {
                throw new InvalidValueException("startSchedule", "is required for a Recurring profile");
            }
        }
        if (transactionId != null && purpose != ChargingProfilePurpose.TxProfile) {
            throw new InvalidValueException("transactionId", "is only allowed on a TxProfile, not on " + purpose);
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new InvalidValueException("validTo", "must be after validFrom " + validFrom + ", was " + validTo);
        }
    }

    /** The same profile bound to {@code transaction} (a TxProfile's running transaction). */
    public ChargingProfile withTransactionId(Integer transaction) {
        return new ChargingProfile(id, transaction, stackLevel, purpose, kind, recurrencyKind, validFrom, validTo,
                schedule);
    }

    /** Whether the validity window holds {@code at} (validFrom inclusive, validTo exclusive). */
    public boolean isValidAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }
}
