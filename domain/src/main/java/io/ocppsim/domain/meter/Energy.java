package io.ocppsim.domain.meter;

import io.ocppsim.domain.common.Checks;

/** An amount of active energy in watt-hours; never negative. */
public record Energy(double wattHours) implements Comparable<Energy> {

    public static final Energy ZERO = new Energy(0);

    public Energy {
        Checks.nonNegativeFinite("energy", wattHours);
    }

    public static Energy ofWattHours(double wattHours) {
        return new Energy(wattHours);
    }

    public Energy plus(Energy other) {
        return new Energy(wattHours + other.wattHours);
    }

    /** The whole watt-hours, rounded down: what OCPP's integer meterStart and meterStop carry. */
    public long wholeWattHours() {
        return (long) Math.floor(wattHours);
    }

    @Override
    public int compareTo(Energy other) {
        return Double.compare(wattHours, other.wattHours);
    }
}
