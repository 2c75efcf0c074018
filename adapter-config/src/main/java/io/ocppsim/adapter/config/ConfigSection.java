package io.ocppsim.adapter.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of {@code simulator.toml}: the ones this version reads and the ones it only accepts. */
enum ConfigSection {

    SIMULATOR(null, "simulator", true),
    VENDOR_INFO(SIMULATOR, "vendor_info", true),
    API_CONFIG(SIMULATOR, "api_config", true),
    METER_CONFIG(SIMULATOR, "meter_config", true),
    FAULT_CONFIG(SIMULATOR, "fault_config", false),
    SCENARIO_CONFIG(SIMULATOR, "scenario_config", false),
    EV_CONFIG(SIMULATOR, "ev_config", false);

    private final ConfigSection parent;
    private final String key;
    private final boolean used;

    ConfigSection(ConfigSection parent, String key, boolean used) {
        this.parent = parent;
        this.key = key;
        this.used = used;
    }

    /** The last segment of the table's name, as written inside its parent. */
    String key() {
        return key;
    }

    /** Whether this version reads the table; the others are accepted with a warning. */
    boolean used() {
        return used;
    }

    /** The full key path, e.g. {@code [simulator, api_config]}. */
    List<String> path() {
        List<String> path = new ArrayList<>(parent == null ? List.of() : parent.path());
        path.add(key);
        return List.copyOf(path);
    }

    String dotted() {
        return String.join(".", path());
    }

    List<ConfigSection> children() {
        return Arrays.stream(values()).filter(s -> s.parent == this).toList();
    }

    List<ConfigKey> keys() {
        return Arrays.stream(ConfigKey.values()).filter(k -> k.section() == this).toList();
    }

    /** The tables allowed at the top level of the file. */
    static List<ConfigSection> topLevel() {
        return Arrays.stream(values()).filter(s -> s.parent == null).toList();
    }
}
