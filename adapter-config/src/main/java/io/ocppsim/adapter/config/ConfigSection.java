package io.ocppsim.adapter.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of {@code simulator.toml}: the ones this version reads and the ones it only accepts. */
enum ConfigSection {

    SIMULATOR(null, "simulator", Kind.TABLE),
    VENDOR_INFO(SIMULATOR, "vendor_info", Kind.TABLE),
    API_CONFIG(SIMULATOR, "api_config", Kind.TABLE),
    METER_CONFIG(SIMULATOR, "meter_config", Kind.TABLE),
    EV_CONFIG(SIMULATOR, "ev_config", Kind.TABLE),
    CHARGING_PATTERN(SIMULATOR, "charging_pattern", Kind.TABLE),
    /** One table per connector, named by its number, holding the keys of {@link #CHARGING_PATTERN}. */
    CONNECTOR_PATTERNS(CHARGING_PATTERN, "connectors", Kind.OPEN_TABLE),
    FAULT_CONFIG(SIMULATOR, "fault_config", Kind.TABLE),
    /** ChargePointErrorCode names to weights. */
    FAULT_TYPES(FAULT_CONFIG, "fault_types", Kind.OPEN_TABLE),
    TLS(SIMULATOR, "tls", Kind.TABLE),
    OCPP_CONFIGURATION(SIMULATOR, "ocpp_configuration", Kind.OPEN_TABLE),
    DATA_TRANSFER(SIMULATOR, "data_transfer", Kind.ARRAY_OF_TABLES),
    FIRMWARE(SIMULATOR, "firmware", Kind.TABLE),
    SCENARIO_CONFIG(SIMULATOR, "scenario_config", Kind.UNUSED);

    /** How a section is written and checked. */
    enum Kind {
        /** A table whose keys are all {@link ConfigKey}s of the section. */
        TABLE,
        /**
         * A table whose keys are names from elsewhere (OCPP configuration keys, error codes,
         * connector numbers), checked by the loader.
         */
        OPEN_TABLE,
        /** An array of tables ({@code [[...]]}), each holding {@link ConfigKey}s of the section. */
        ARRAY_OF_TABLES,
        /** A table the product defines but this version does not read: accepted with a warning. */
        UNUSED
    }

    private final ConfigSection parent;
    private final String key;
    private final Kind kind;

    ConfigSection(ConfigSection parent, String key, Kind kind) {
        this.parent = parent;
        this.key = key;
        this.kind = kind;
    }

    /** The last segment of the table's name, as written inside its parent. */
    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    /** Whether this version reads the table; the others are accepted with a warning. */
    boolean used() {
        return kind != Kind.UNUSED;
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
