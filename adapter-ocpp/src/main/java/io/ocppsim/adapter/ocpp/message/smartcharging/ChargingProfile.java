package io.ocppsim.adapter.ocpp.message.smartcharging;

import java.time.Instant;

/**
 * A charging profile, as SetChargingProfile ({@code csChargingProfiles}) and RemoteStartTransaction
 * carry it. Required: its id, its {@code stackLevel} (higher wins within a purpose), purpose, kind
 * and schedule. Optional: the transaction a {@code TxProfile} is for, the recurrence of a
 * {@code Recurring} profile, and the period it is valid in ({@code validFrom}, {@code validTo}).
 */
public record ChargingProfile(int chargingProfileId, Integer transactionId, int stackLevel,
        ChargingProfilePurpose chargingProfilePurpose, ChargingProfileKind chargingProfileKind,
        RecurrencyKind recurrencyKind, Instant validFrom, Instant validTo, ChargingSchedule chargingSchedule) {
}
