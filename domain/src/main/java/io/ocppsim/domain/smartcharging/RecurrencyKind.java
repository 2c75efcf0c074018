package io.ocppsim.domain.smartcharging;

import java.time.Duration;

/** How often a {@link ChargingProfileKind#Recurring} schedule restarts, spelled as in OCPP 1.6. */
public enum RecurrencyKind {
    /** Every 24 hours from {@code startSchedule}. */
    Daily(Duration.ofDays(1)),
    /** Every 7 days from {@code startSchedule}. */
    Weekly(Duration.ofDays(7));

    private final Duration cycle;

    RecurrencyKind(Duration cycle) {
        this.cycle = cycle;
    }

    /** The time between two restarts of the schedule. */
    public Duration cycle() {
        return cycle;
    }
}
