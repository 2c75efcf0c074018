package io.ocppsim.adapter.config;

import java.util.List;
import java.util.Objects;

/**
 * A configuration that loaded, with what is worth telling the user about it (e.g. tables this
 * version accepts but does not use).
 */
public record LoadedConfig(SimulatorConfig config, List<ConfigIssue> warnings) {

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }
}
