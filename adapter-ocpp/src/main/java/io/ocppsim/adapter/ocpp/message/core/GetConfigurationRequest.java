package io.ocppsim.adapter.ocpp.message.core;

import java.util.List;

/**
 * GetConfiguration.req: the keys asked for (each at most 50 characters); {@code null} (left out)
 * asks for every key. The list is copied, so the record cannot change after construction.
 */
public record GetConfigurationRequest(List<String> key) {

    public GetConfigurationRequest {
        key = key == null ? null : List.copyOf(key);
    }
}
