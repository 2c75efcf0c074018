package io.ocppsim.adapter.ocpp.message.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The phase a {@link SampledValue} was measured on: a line ({@code L1}), the neutral, or between
 * two conductors ({@code L1-N}, {@code L1-L2}). Wire values with a hyphen are named with
 * {@link JsonProperty}; their constant has {@code _} for {@code -}.
 */
public enum Phase {
    L1,
    L2,
    L3,
    N,
    @JsonProperty("L1-N") L1_N,
    @JsonProperty("L2-N") L2_N,
    @JsonProperty("L3-N") L3_N,
    @JsonProperty("L1-L2") L1_L2,
    @JsonProperty("L2-L3") L2_L3,
    @JsonProperty("L3-L1") L3_L1
}
