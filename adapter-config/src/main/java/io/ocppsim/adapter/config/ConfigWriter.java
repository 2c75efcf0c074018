package io.ocppsim.adapter.config;

import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Writes a {@link SimulatorConfig} as a complete, commented {@code simulator.toml}: every key, each
 * with what it is, its unit, range and default. What it writes loads back to an equal config.
 */
public final class ConfigWriter {

    /** Where the commented-out example points when no Central System URL is set. */
    static final String EXAMPLE_CENTRAL_SYSTEM_URL = "ws://localhost:8080/ocpp";

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The configuration as TOML text, lines ending in {@code \n}. */
    public String render(SimulatorConfig config) {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        Lines lines = new Lines();
        lines.comment("ocpp-simulator configuration (OCPP 1.6J charge point simulator)")
                .comment("Every key is optional: a missing key takes the default named in its comment.")
                .comment("Unknown keys are errors.")
                .blank();

        lines.table(ConfigSection.SIMULATOR, "The simulated charge point.")
                .entry(ConfigKey.CHARGE_POINT_ID, quoted(config.chargePointId().value()),
                        "Identity of the charge point: the last segment of its WebSocket URL and its",
                        "Basic auth user name. 1 to " + ChargePointId.MAX_LENGTH
                                + " characters: letters, digits and",
                        "* - _ = + @ . ~. Default " + quoted(defaults.chargePointId().value()) + ".");
        String[] urlComment = {
            "WebSocket URL of the Central System, ws:// or wss://; the charge point id is",
            "appended as the last path segment. Without it, the simulator connects to its",
            "built-in sandbox Central System."};
        config.centralSystemUrl().ifPresentOrElse(
                url -> lines.entry(ConfigKey.CENTRAL_SYSTEM_URL, quoted(url.toString()), urlComment),
                () -> lines.commentedOutEntry(ConfigKey.CENTRAL_SYSTEM_URL, quoted(EXAMPLE_CENTRAL_SYSTEM_URL),
                        urlComment));
        lines.entry(ConfigKey.CONNECTOR_COUNT, Integer.toString(config.connectorCount()),
                        "Number of connectors, 1 to " + ChargePoint.MAX_CONNECTORS + ". Default " + defaults.connectorCount() + ".")
                .entry(ConfigKey.HEARTBEAT_INTERVAL, Long.toString(config.heartbeatInterval().toSeconds()),
                        "Seconds between Heartbeats until the Central System sets the interval in its",
                        "BootNotification answer, " + ConfigRules.MIN_HEARTBEAT_INTERVAL + " to "
                                + ConfigRules.MAX_INTERVAL + ". Default " + defaults.heartbeatInterval().toSeconds()
                                + ".")
                .entry(ConfigKey.METER_VALUES_INTERVAL, Long.toString(config.meterValuesInterval().toSeconds()),
                        "Seconds between MeterValues during a transaction, 0 to " + ConfigRules.MAX_INTERVAL
                                + "; 0 sends none.",
                        "Default " + defaults.meterValuesInterval().toSeconds() + ".");

        VendorInfoConfig vendor = config.vendorInfo();
        VendorInfoConfig defaultVendor = defaults.vendorInfo();
        lines.table(ConfigSection.VENDOR_INFO, "What the charge point reports in BootNotification.")
                .entry(ConfigKey.CHARGE_POINT_VENDOR, quoted(vendor.chargePointVendor()),
                        "Vendor, 1 to " + ConfigRules.MAX_VENDOR_LENGTH + " characters. Default "
                                + quoted(defaultVendor.chargePointVendor()) + ".")
                .entry(ConfigKey.CHARGE_POINT_MODEL, quoted(vendor.chargePointModel()),
                        "Model, 1 to " + ConfigRules.MAX_MODEL_LENGTH + " characters. Default "
                                + quoted(defaultVendor.chargePointModel()) + ".")
                .entry(ConfigKey.FIRMWARE_VERSION, quoted(vendor.firmwareVersion()),
                        "Firmware version, up to " + ConfigRules.MAX_FIRMWARE_LENGTH
                                + " characters; empty reports none. Default "
                                + quoted(defaultVendor.firmwareVersion()) + ".");

        ApiConfig api = config.apiConfig();
        ApiConfig defaultApi = defaults.apiConfig();
        lines.table(ConfigSection.API_CONFIG, "The REST API that controls the simulator.")
                .entry(ConfigKey.BIND_ADDRESS, quoted(api.bindAddress()),
                        "Host name or IP address to listen on; \"0.0.0.0\" listens on every interface.",
                        "Default " + quoted(defaultApi.bindAddress()) + " (this machine only).")
                .entry(ConfigKey.PORT, Integer.toString(api.port()),
                        "TCP port, " + ConfigRules.MIN_PORT + " to " + ConfigRules.MAX_PORT
                                + "; 0 takes any free port (printed at start). Default " + defaultApi.port() + ".")
                .entry(ConfigKey.ENABLE_CORS, Boolean.toString(api.enableCors()),
                        "Whether web pages from other origins may call the API (CORS), true or false.",
                        "Default " + defaultApi.enableCors() + ".");

        MeterConfig meter = config.meterConfig();
        MeterConfig defaultMeter = defaults.meterConfig();
        lines.table(ConfigSection.METER_CONFIG, "The simulated energy meter.")
                .entry(ConfigKey.MAX_CHARGING_POWER_W, Double.toString(meter.maxChargingPowerW()),
                        "Highest charging power in watts (W), above 0 up to "
                                + (long) ConfigRules.MAX_CHARGING_POWER_W + ".",
                        "Default " + defaultMeter.maxChargingPowerW() + " (32 A at 230 V).")
                .entry(ConfigKey.VOLTAGE_V, Double.toString(meter.voltageV()),
                        "Nominal voltage in volts (V), above 0 up to " + (long) ConfigRules.MAX_VOLTAGE_V
                                + ". Default " + defaultMeter.voltageV() + ".")
                .entry(ConfigKey.INCLUDE_NOISE, Boolean.toString(meter.includeNoise()),
                        "Whether readings get small random noise, true or false. Default "
                                + defaultMeter.includeNoise() + ".")
                .entry(ConfigKey.SIMULATE_DRIFT, Boolean.toString(meter.simulateDrift()),
                        "Whether readings drift slowly over time, true or false. Default "
                                + defaultMeter.simulateDrift() + ".");

        lines.comment("[simulator.fault_config], [simulator.scenario_config] and [simulator.ev_config]")
                .comment("are accepted but not used by this version.");
        return lines.text();
    }

    /** Writes {@link #render} to {@code file} as UTF-8, replacing it if it exists. */
    public void write(SimulatorConfig config, Path file) throws IOException {
        Files.writeString(file, render(config), StandardCharsets.UTF_8);
    }

    /**
     * A TOML basic string: quotes, backslashes and control characters escaped; everything else
     * (including non-ASCII) as is.
     */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\f' -> text.append("\\f");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append("\\u").append(HEX.toHexDigits(c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /** Collects the lines of the file. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        Lines comment(String line) {
            text.append("# ").append(line).append('\n');
            return this;
        }

        Lines blank() {
            text.append('\n');
            return this;
        }

        Lines table(ConfigSection section, String description) {
            comment(description);
            text.append('[').append(section.dotted()).append("]\n");
            return blank();
        }

        Lines entry(ConfigKey key, String tomlValue, String... comments) {
            for (String line : comments) {
                comment(line);
            }
            text.append(key.key()).append(" = ").append(tomlValue).append('\n');
            return blank();
        }

        Lines commentedOutEntry(ConfigKey key, String tomlValue, String... comments) {
            for (String line : comments) {
                comment(line);
            }
            comment(key.key() + " = " + tomlValue);
            return blank();
        }

        String text() {
            return text.toString();
        }
    }
}
