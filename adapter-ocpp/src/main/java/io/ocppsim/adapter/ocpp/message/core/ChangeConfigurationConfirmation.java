package io.ocppsim.adapter.ocpp.message.core;

/** ChangeConfiguration.conf: what became of the new value. */
public record ChangeConfigurationConfirmation(ConfigurationStatus status) {
}
