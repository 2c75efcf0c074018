package io.ocppsim.domain.meter;

import java.util.Locale;
import java.util.Objects;

/** One measured value, as text the way OCPP carries it, with what it measures and in which unit. */
public record SampledValue(String value, ReadingContext context, Measurand measurand, UnitOfMeasure unit) {

    public SampledValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(unit, "unit");
    }

    /** The energy register in whole watt-hours. */
    public static SampledValue energyRegister(Energy register, ReadingContext context) {
        return new SampledValue(Long.toString(register.wholeWattHours()), context,
                Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, UnitOfMeasure.Wh);
    }

    /** The active power imported, in watts with one decimal. */
    public static SampledValue activePower(Power power, ReadingContext context) {
        return new SampledValue(String.format(Locale.ROOT, "%.1f", power.watts()), context,
                Measurand.POWER_ACTIVE_IMPORT, UnitOfMeasure.W);
    }
}
