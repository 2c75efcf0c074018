package io.ocppsim.domain.meter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The values sampled at one instant: one entry of OCPP's meterValue list. */
public record MeterSample(Instant timestamp, List<SampledValue> values) {

    public MeterSample {
        Objects.requireNonNull(timestamp, "timestamp");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a meter sample holds at least one value");
        }
    }
}
