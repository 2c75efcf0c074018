package io.ocppsim.adapter.ocpp.message.core;

/**
 * One sampled value: {@code value} is required, the rest optional. The enumerated fields keep the
 * specification's spelling as strings, dots included (Sample.Periodic, Energy.Active.Import.Register);
 * the enums {@link ReadingContext}, {@link ValueFormat}, {@link Measurand}, {@link Phase},
 * {@link Location} and {@link UnitOfMeasure} hold the allowed values.
 */
public record SampledValue(String value, String context, String format, String measurand, String phase,
        String location, String unit) {
}
