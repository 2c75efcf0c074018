package io.ocppsim.adapter.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key this version reads, with the table it belongs to. The keys of
 * {@code [simulator.ocpp_configuration]} (OCPP configuration keys),
 * {@code [simulator.fault_config.fault_types]} (error codes) and
 * {@code [simulator.charging_pattern.connectors]} (connector numbers) are not here; each table of
 * the last holds the keys of {@code [simulator.charging_pattern]}.
 */
enum ConfigKey {

    CHARGE_POINT_ID(ConfigSection.SIMULATOR, "charge_point_id"),
    CENTRAL_SYSTEM_URL(ConfigSection.SIMULATOR, "central_system_url"),
    AUTHORIZATION_KEY(ConfigSection.SIMULATOR, "authorization_key"),
    CONNECTOR_COUNT(ConfigSection.SIMULATOR, "connector_count"),
    HEARTBEAT_INTERVAL(ConfigSection.SIMULATOR, "heartbeat_interval"),
    METER_VALUES_INTERVAL(ConfigSection.SIMULATOR, "meter_values_interval"),
    FEATURE_PROFILES(ConfigSection.SIMULATOR, "feature_profiles"),
    SEED(ConfigSection.SIMULATOR, "seed"),

    CHARGE_POINT_VENDOR(ConfigSection.VENDOR_INFO, "charge_point_vendor"),
    CHARGE_POINT_MODEL(ConfigSection.VENDOR_INFO, "charge_point_model"),
    FIRMWARE_VERSION(ConfigSection.VENDOR_INFO, "firmware_version"),

    BIND_ADDRESS(ConfigSection.API_CONFIG, "bind_address"),
    PORT(ConfigSection.API_CONFIG, "port"),
    ENABLE_CORS(ConfigSection.API_CONFIG, "enable_cors"),

    MAX_CHARGING_POWER_W(ConfigSection.METER_CONFIG, "max_charging_power_w"),
    VOLTAGE_V(ConfigSection.METER_CONFIG, "voltage_v"),
    METER_PHASES(ConfigSection.METER_CONFIG, "phases"),
    POWER_FACTOR(ConfigSection.METER_CONFIG, "power_factor"),
    FREQUENCY_HZ(ConfigSection.METER_CONFIG, "frequency_hz"),
    INCLUDE_NOISE(ConfigSection.METER_CONFIG, "include_noise"),
    NOISE_AMPLITUDE(ConfigSection.METER_CONFIG, "noise_amplitude"),
    SIMULATE_DRIFT(ConfigSection.METER_CONFIG, "simulate_drift"),
    DRIFT_RATE_PER_HOUR(ConfigSection.METER_CONFIG, "drift_rate_per_hour"),
    DRIFT_BOUND(ConfigSection.METER_CONFIG, "drift_bound"),
    AMBIENT_TEMPERATURE_C(ConfigSection.METER_CONFIG, "ambient_temperature_c"),
    TEMPERATURE_RISE_C(ConfigSection.METER_CONFIG, "temperature_rise_c"),
    THERMAL_TIME_CONSTANT_SECONDS(ConfigSection.METER_CONFIG, "thermal_time_constant_seconds"),
    UPDATE_INTERVAL_SECONDS(ConfigSection.METER_CONFIG, "update_interval_seconds"),

    BATTERY_CAPACITY_WH(ConfigSection.EV_CONFIG, "battery_capacity_wh"),
    INITIAL_SOC(ConfigSection.EV_CONFIG, "initial_soc"),
    TARGET_SOC(ConfigSection.EV_CONFIG, "target_soc"),
    EV_MAX_POWER_W(ConfigSection.EV_CONFIG, "max_power_w"),
    EV_PHASES(ConfigSection.EV_CONFIG, "phases"),

    PATTERN_TYPE(ConfigSection.CHARGING_PATTERN, "type"),
    TAPER_START_SOC(ConfigSection.CHARGING_PATTERN, "taper_start_soc"),
    TAPER_FLOOR(ConfigSection.CHARGING_PATTERN, "taper_floor"),
    SET_POINT(ConfigSection.CHARGING_PATTERN, "set_point"),
    AMPLITUDE(ConfigSection.CHARGING_PATTERN, "amplitude"),

    ENABLE_RANDOM_FAULTS(ConfigSection.FAULT_CONFIG, "enable_random_faults"),
    RANDOM_FAULT_PROBABILITY(ConfigSection.FAULT_CONFIG, "random_fault_probability"),
    RANDOM_FAULT_INTERVAL_SECONDS(ConfigSection.FAULT_CONFIG, "random_fault_interval_seconds"),
    RECOVERY_TIME_RANGE(ConfigSection.FAULT_CONFIG, "recovery_time_range"),

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
