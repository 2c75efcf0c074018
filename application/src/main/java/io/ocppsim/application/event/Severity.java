package io.ocppsim.application.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much an event matters, from least to most. */
public enum Severity {
    DEBUG,
    INFO,
    WARNING,
    ERROR,
    CRITICAL;

    /** The lower-case name used in the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(label)).findFirst();
    }
}
