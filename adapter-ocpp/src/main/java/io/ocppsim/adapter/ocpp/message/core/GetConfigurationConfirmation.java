package io.ocppsim.adapter.ocpp.message.core;

import java.util.List;

/**
 * GetConfiguration.conf: the known keys asked for, with their values, and the keys asked for that
 * the charge point does not know (each at most 50 characters). Both lists are optional (left out
 * when {@code null}) and copied on construction.
 */
public record GetConfigurationConfirmation(List<KeyValue> configurationKey, List<String> unknownKey) {

    public GetConfigurationConfirmation {
        configurationKey = configurationKey == null ? null : List.copyOf(configurationKey);
        unknownKey = unknownKey == null ? null : List.copyOf(unknownKey);
    }
}
