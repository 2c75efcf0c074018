package io.ocppsim.adapter.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key this version reads, with the table it belongs to. The keys of
 * {@code [simulator.ocpp_configuration]} are not here: they are the OCPP configuration keys.
 */
enum ConfigKey {

    CHARGE_POINT_ID(ConfigSection.SIMULATOR, "charge_point_id"),
    CENTRAL_SYSTEM_URL(ConfigSection.SIMULATOR, "central_system_url"),
    AUTHORIZATION_KEY(ConfigSection.SIMULATOR, "authorization_key"),
    CONNECTOR_COUNT(ConfigSection.SIMULATOR, "connector_count"),
    HEARTBEAT_INTERVAL(ConfigSection.SIMULATOR, "heartbeat_interval"),
    METER_VALUES_INTERVAL(ConfigSection.SIMULATOR, "meter_values_interval"),
    FEATURE_PROFILES(ConfigSection.SIMULATOR, "feature_profiles"),

    CHARGE_POINT_VENDOR(ConfigSection.VENDOR_INFO, "charge_point_vendor"),
    CHARGE_POINT_MODEL(ConfigSection.VENDOR_INFO, "charge_point_model"),
    FIRMWARE_VERSION(ConfigSection.VENDOR_INFO, "firmware_version"),

    BIND_ADDRESS(ConfigSection.API_CONFIG, "bind_address"),
    PORT(ConfigSection.API_CONFIG, "port"),
    ENABLE_CORS(ConfigSection.API_CONFIG, "enable_cors"),

    MAX_CHARGING_POWER_W(ConfigSection.METER_CONFIG, "max_charging_power_w"),
    VOLTAGE_V(ConfigSection.METER_CONFIG, "voltage_v"),
    INCLUDE_NOISE(ConfigSection.METER_CONFIG, "include_noise"),
    SIMULATE_DRIFT(ConfigSection.METER_CONFIG, "simulate_drift"),

    TRUST_STORE(ConfigSection.TLS, "trust_store"),
    TRUST_STORE_PASSWORD(ConfigSection.TLS, "trust_store_password"),
    INSECURE_SKIP_VERIFY(ConfigSection.TLS, "insecure_skip_verify"),

    VENDOR_ID(ConfigSection.DATA_TRANSFER, "vendor_id"),
    MESSAGE_ID(ConfigSection.DATA_TRANSFER, "message_id"),
    STATUS(ConfigSection.DATA_TRANSFER, "status"),
    DATA(ConfigSection.DATA_TRANSFER, "data"),

    DOWNLOAD_SECONDS(ConfigSection.FIRMWARE, "download_seconds"),
    INSTALL_SECONDS(ConfigSection.FIRMWARE, "install_seconds"),
    FAIL(ConfigSection.FIRMWARE, "fail");

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
