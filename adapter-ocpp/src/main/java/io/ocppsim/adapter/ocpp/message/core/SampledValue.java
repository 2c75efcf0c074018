package io.ocppsim.adapter.ocpp.message.core;

/**
 * One sampled value. The enumerated fields keep the specification's spelling, dots included
 * (Sample.Periodic, Energy.Active.Import.Register).
 */
public record SampledValue(String value, String context, String format, String measurand, String phase,
        String location, String unit) {
}
