package io.ocppsim.adapter.ocpp.message.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a sampled value was taken (the {@code context} of a {@link SampledValue}). The wire values
 * contain dots, so each constant names its wire value with {@link JsonProperty}; the constant is
 * the wire value with {@code _} for {@code .}. Absent on the wire means {@code Sample.Periodic}.
 */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin") Interruption_Begin,
    @JsonProperty("Interruption.End") Interruption_End,
    @JsonProperty("Sample.Clock") Sample_Clock,
    @JsonProperty("Sample.Periodic") Sample_Periodic,
    @JsonProperty("Transaction.Begin") Transaction_Begin,
    @JsonProperty("Transaction.End") Transaction_End,
    Trigger,
    Other
}
