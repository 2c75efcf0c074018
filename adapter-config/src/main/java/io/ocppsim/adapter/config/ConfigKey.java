package io.ocppsim.adapter.config;

import java.util.ArrayList;
import java.util.List;

/** Every key this version reads, with the table it belongs to. */
enum ConfigKey {

    CHARGE_POINT_ID(ConfigSection.SIMULATOR, "charge_point_id"),
    CENTRAL_SYSTEM_URL(ConfigSection.SIMULATOR, "central_system_url"),
    CONNECTOR_COUNT(ConfigSection.SIMULATOR, "connector_count"),
    HEARTBEAT_INTERVAL(ConfigSection.SIMULATOR, "heartbeat_interval"),
    METER_VALUES_INTERVAL(ConfigSection.SIMULATOR, "meter_values_interval"),

    CHARGE_POINT_VENDOR(ConfigSection.VENDOR_INFO, "charge_point_vendor"),
    CHARGE_POINT_MODEL(ConfigSection.VENDOR_INFO, "charge_point_model"),
    FIRMWARE_VERSION(ConfigSection.VENDOR_INFO, "firmware_version"),

    BIND_ADDRESS(ConfigSection.API_CONFIG, "bind_address"),
    PORT(ConfigSection.API_CONFIG, "port"),
    ENABLE_CORS(ConfigSection.API_CONFIG, "enable_cors"),

    MAX_CHARGING_POWER_W(ConfigSection.METER_CONFIG, "max_charging_power_w"),
    VOLTAGE_V(ConfigSection.METER_CONFIG, "voltage_v"),
    INCLUDE_NOISE(ConfigSection.METER_CONFIG, "include_noise"),
    SIMULATE_DRIFT(ConfigSection.METER_CONFIG, "simulate_drift");

    private final ConfigSection section;
    private final String key;

    ConfigKey(ConfigSection section, String key) {
        this.section = section;
        this.key = key;
    }

    ConfigSection section() {
        return section;
    }

    /** The key as written inside its table, e.g. {@code port}. */
    String key() {
        return key;
    }

    /** The full key path, e.g. {@code [simulator, api_config, port]}. */
    List<String> path() {
        List<String> path = new ArrayList<>(section.path());
        path.add(key);
        return List.copyOf(path);
    }

    /** The full key path as written in messages, e.g. {@code simulator.api_config.port}. */
    String dotted() {
        return section.dotted() + "." + key;
    }
}
