package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;
import java.util.List;

/** The values sampled at one instant; both fields are required, with at least one sampled value. */
public record MeterValue(Instant timestamp, List<SampledValue> sampledValue) {
}
