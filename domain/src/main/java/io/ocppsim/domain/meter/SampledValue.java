package io.ocppsim.domain.meter;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured value, as text the way OCPP carries it, with what it measures, in which unit, on
 * which phase and where.
 *
 * @param phase the phase, or null for a value of the whole connector
 * @param location where it was measured, or null for OCPP's default (Outlet)
 * @param unit the unit, or null for a quantity OCPP gives no unit (Power.Factor, Frequency)
 */
public record SampledValue(String value, ReadingContext context, Measurand measurand, Phase phase,
        Location location, UnitOfMeasure unit) {

    public SampledValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(measurand, "measurand");
    }

    /** A value of the whole connector, measured at the outlet. */
    public SampledValue(String value, ReadingContext context, Measurand measurand, UnitOfMeasure unit) {
        this(value, context, measurand, null, null, unit);
    }

    /** The energy register in whole watt-hours. */
    public static SampledValue energyRegister(Energy register, ReadingContext context) {
        return new SampledValue(Long.toString(register.wholeWattHours()), context,
                Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, UnitOfMeasure.Wh);
    }

    /** The active power imported, in watts with one decimal. */
    public static SampledValue activePower(Power power, ReadingContext context) {
        return new SampledValue(decimal(power.watts(), 1), context, Measurand.POWER_ACTIVE_IMPORT, UnitOfMeasure.W);
    }

    /** {@code value} with {@code places} decimals, a point as separator. */
    public static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
