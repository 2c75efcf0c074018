package io.ocppsim.domain.smartcharging;

/** Where a charging schedule counts its periods from, spelled as in OCPP 1.6 (ChargingProfileKindType). */
public enum ChargingProfileKind {
    /** From the schedule's {@code startSchedule} (or, without one, from the start of the transaction). */
    Absolute,
    /** From {@code startSchedule}, restarting every day or week (see {@link RecurrencyKind}). */
    Recurring,
    /** From the start of the transaction. */
    Relative
}
