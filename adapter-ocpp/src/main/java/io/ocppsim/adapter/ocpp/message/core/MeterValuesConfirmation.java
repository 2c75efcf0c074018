package io.ocppsim.adapter.ocpp.message.core;

/** MeterValues.conf: empty. */
public record MeterValuesConfirmation() {
}
