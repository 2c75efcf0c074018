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

    /**
     * The values of the measurands asked for, in the order they were asked (OCPP's
     * MeterValuesSampledData); empty when the meter measures none of them.
     */
    public java.util.Optional<MeterSample> only(List<Measurand> measurands) {
        List<SampledValue> chosen = measurands.stream()
                .flatMap(m -> values.stream().filter(v -> v.measurand() == m))
                .toList();
        return chosen.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new MeterSample(timestamp, chosen));
    }
}
