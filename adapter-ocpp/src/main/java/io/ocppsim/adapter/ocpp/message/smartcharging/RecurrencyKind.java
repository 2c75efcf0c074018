package io.ocppsim.adapter.ocpp.message.smartcharging;

/** How often a {@code Recurring} charging profile repeats. */
public enum RecurrencyKind {
    Daily, Weekly
}
