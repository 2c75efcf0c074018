package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * How a charging schedule's start is found: a fixed time ({@code Absolute}), repeating daily or
 * weekly ({@code Recurring}), or the start of the transaction ({@code Relative}).
 */
public enum ChargingProfileKind {
    Absolute, Recurring, Relative
}
