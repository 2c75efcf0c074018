package io.ocppsim.adapter.ocpp.message.core;

/**
 * How the {@code value} of a {@link SampledValue} is written: a plain number ({@code Raw}, the
 * default when absent) or signed binary data.
 */
public enum ValueFormat {
    Raw, SignedData
}
