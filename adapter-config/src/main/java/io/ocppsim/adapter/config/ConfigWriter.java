package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SimulatorConfig} as a complete, commented {@code simulator.toml}: every key, each
 * with what it is, its unit, range and default; optional keys without a value, the initial OCPP
 * configuration values and the DataTransfer rules as commented-out examples. What it writes loads
 * back to an equal config. The secrets (authorization key, trust store password) are written as
 * they are: the file is theirs.
 */
public final class ConfigWriter {

    /** Where the commented-out example points when no Central System URL is set. */
    static final String EXAMPLE_CENTRAL_SYSTEM_URL = "ws://localhost:8080/ocpp";

    /** The commented-out examples of {@code [simulator.ocpp_configuration]}, shown unless the key is set. */
    static final Map<ConfigurationKey, String> OCPP_EXAMPLES = Map.of(
            ConfigurationKey.HeartbeatInterval, "300",
            ConfigurationKey.LocalPreAuthorize, "true",
            ConfigurationKey.MeterValuesSampledData, "Energy.Active.Import.Register,Power.Active.Import");

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String[] NONE = {};

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
        String[] keyComment = {
            "HTTP Basic password of OCPP security profiles 1 and 2 (the user name is",
            "charge_point_id): 8 to 40 printable ASCII characters. Without it, the charge",
            "point does not authenticate. Keep this file private when it holds one."};
        config.authorizationKey().ifPresentOrElse(
                key -> lines.entry(ConfigKey.AUTHORIZATION_KEY, quoted(key), keyComment),
                () -> lines.commentedOutEntry(ConfigKey.AUTHORIZATION_KEY, quoted("change-me-8-to-40-chars"),
                        keyComment));
        lines.entry(ConfigKey.CONNECTOR_COUNT, Integer.toString(config.connectorCount()),
                        "Number of connectors, 1 to " + ChargePoint.MAX_CONNECTORS + ". Default " + defaults.connectorCount() + ".")
                .entry(ConfigKey.HEARTBEAT_INTERVAL, Long.toString(config.heartbeatInterval().toSeconds()),
                        "Seconds between Heartbeats until the Central System sets the interval in its",
                        "BootNotification answer, " + ConfigRules.MIN_HEARTBEAT_INTERVAL + " to "
                                + ConfigRules.MAX_INTERVAL + ". Default " + defaults.heartbeatInterval().toSeconds()
                                + ".",
                        "HeartbeatInterval in [simulator.ocpp_configuration] wins over it.")
                .entry(ConfigKey.METER_VALUES_INTERVAL, Long.toString(config.meterValuesInterval().toSeconds()),
                        "Seconds between MeterValues during a transaction, 0 to " + ConfigRules.MAX_INTERVAL
                                + "; 0 sends none.",
                        "Default " + defaults.meterValuesInterval().toSeconds() + ".",
                        "MeterValueSampleInterval in [simulator.ocpp_configuration] wins over it.")
                .entry(ConfigKey.FEATURE_PROFILES, profiles(config.featureProfiles()),
                        "OCPP feature profiles the charge point supports; must contain \"Core\". Any of",
                        "Core, FirmwareManagement, LocalAuthListManagement, Reservation, SmartCharging,",
                        "RemoteTrigger. Default: all six.");
        String[] seedComment = {
            "Where every random draw starts (meter noise and drift, variable patterns, random",
            "faults): the same seed gives the same run. Any integer. Without it, every start",
            "draws a new seed."};
        config.seed().ifPresentOrElse(
                seed -> lines.entry(ConfigKey.SEED, Long.toString(seed), seedComment),
                () -> lines.commentedOutEntry(ConfigKey.SEED, "42", seedComment));

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

        renderMeter(lines, config.meterConfig(), defaults.meterConfig());
        renderEv(lines, config.evConfig(), defaults.evConfig());
        renderPatterns(lines, config.chargingPattern(), config.connectorPatterns(), defaults.chargingPattern());
        renderFaults(lines, config.faultConfig(), defaults.faultConfig());
        renderTls(lines, config.tls());
        renderOcppConfiguration(lines, config.ocppConfiguration());
        renderDataTransfer(lines, config.dataTransferRules());
        renderFirmware(lines, config.firmware(), defaults.firmware());

        lines.comment("[simulator.scenario_config] is accepted but not used by this version.");
        return lines.text();
    }

    private static void renderMeter(Lines lines, MeterConfig meter, MeterConfig defaults) {
        lines.table(ConfigSection.METER_CONFIG, "The EVSE behind each connector and its energy meter.")
                .entry(ConfigKey.MAX_CHARGING_POWER_W, decimal(meter.maxChargingPowerW()),
                        "Highest charging power in watts (W), above 0 up to "
                                + (long) ConfigRules.MAX_CHARGING_POWER_W + ".",
                        "Default " + defaults.maxChargingPowerW() + " (32 A at 230 V).")
                .entry(ConfigKey.VOLTAGE_V, decimal(meter.voltageV()),
                        "Nominal voltage between phase and neutral in volts (V), above 0 up to "
                                + (long) ConfigRules.MAX_VOLTAGE_V + ".",
                        "Default " + defaults.voltageV() + ".")
                .entry(ConfigKey.METER_PHASES, Integer.toString(meter.phases()),
                        "Phases the EVSE supplies, 1 to 3; an EV charges on the phases both have.",
                        "Default " + defaults.phases() + ".")
                .entry(ConfigKey.POWER_FACTOR, decimal(meter.powerFactor()),
                        "Power factor of the load, above 0 up to 1. Default " + defaults.powerFactor() + ".")
                .entry(ConfigKey.FREQUENCY_HZ, decimal(meter.frequencyHz()),
                        "Supply frequency in hertz (Hz), above 0 up to " + (long) ConfigRules.MAX_FREQUENCY_HZ
                                + ". Default " + defaults.frequencyHz() + ".")
                .entry(ConfigKey.INCLUDE_NOISE, Boolean.toString(meter.includeNoise()),
                        "Whether readings get random measurement noise, true or false. Default "
                                + defaults.includeNoise() + ".")
                .entry(ConfigKey.NOISE_AMPLITUDE, decimal(meter.noiseAmplitude()),
                        "Standard deviation of the noise relative to the reading, 0 to 0.2 (0.005 is",
                        "0.5 %); used only with include_noise. Default " + defaults.noiseAmplitude() + ".")
                .entry(ConfigKey.SIMULATE_DRIFT, Boolean.toString(meter.simulateDrift()),
                        "Whether the voltage drifts slowly over time, true or false. Default "
                                + defaults.simulateDrift() + ".")
                .entry(ConfigKey.DRIFT_RATE_PER_HOUR, decimal(meter.driftRatePerHour()),
                        "How fast the voltage drifts, relative change per hour, 0 to 1 (0.002 is 0.2 %",
                        "per hour); used only with simulate_drift. Default " + defaults.driftRatePerHour() + ".")
                .entry(ConfigKey.DRIFT_BOUND, decimal(meter.driftBound()),
                        "How far the voltage drifts either way, relative, 0 to 0.5; used only with",
                        "simulate_drift. Default " + defaults.driftBound() + ".")
                .entry(ConfigKey.AMBIENT_TEMPERATURE_C, decimal(meter.ambientTemperatureC()),
                        "Temperature of connector and cable at rest in degrees Celsius, "
                                + (long) ConfigRules.MIN_AMBIENT_C + " to " + (long) ConfigRules.MAX_AMBIENT_C + ".",
                        "Default " + defaults.ambientTemperatureC() + ".")
                .entry(ConfigKey.TEMPERATURE_RISE_C, decimal(meter.temperatureRiseC()),
                        "How far above ambient the temperature settles at full load, in kelvin,",
                        "0 to " + (long) ConfigRules.MAX_TEMPERATURE_RISE_C + ". Default "
                                + defaults.temperatureRiseC() + ".")
                .entry(ConfigKey.THERMAL_TIME_CONSTANT_SECONDS,
                        Long.toString(meter.thermalTimeConstant().toSeconds()),
                        "Seconds the temperature takes to cover 63 % of a change in load, 1 to "
                                + ConfigRules.MAX_INTERVAL + ".",
                        "Default " + defaults.thermalTimeConstant().toSeconds() + ".")
                .entry(ConfigKey.UPDATE_INTERVAL_SECONDS, Long.toString(meter.updateInterval().toSeconds()),
                        "Seconds between two updates of the power while charging, 1 to "
                                + ConfigRules.MAX_UPDATE_INTERVAL + ": the",
                        "pattern, the state of charge and smart-charging limits take effect at this",
                        "pace. Default " + defaults.updateInterval().toSeconds() + ".");
    }

    private static void renderEv(Lines lines, EvConfig ev, EvConfig defaults) {
        lines.table(ConfigSection.EV_CONFIG, "The EV that plugs in when a plug-in does not describe one.")
                .entry(ConfigKey.BATTERY_CAPACITY_WH, decimal(ev.batteryCapacityWh()),
                        "Usable battery capacity in watt-hours (Wh), above 0 up to "
                                + (long) ConfigRules.MAX_BATTERY_CAPACITY_WH + ".",
                        "Default " + defaults.batteryCapacityWh() + ".")
                .entry(ConfigKey.INITIAL_SOC, decimal(ev.initialSoc()),
                        "State of charge at plug-in in percent, 0 to 100. Default " + defaults.initialSoc() + ".")
                .entry(ConfigKey.TARGET_SOC, decimal(ev.targetSoc()),
                        "State of charge in percent at which the EV stops charging, initial_soc to 100.",
                        "Default " + defaults.targetSoc() + ".")
                .entry(ConfigKey.EV_MAX_POWER_W, decimal(ev.maxPowerW()),
                        "Most the on-board charger draws in watts (W), above 0 up to "
                                + (long) ConfigRules.MAX_CHARGING_POWER_W + ".",
                        "Default " + defaults.maxPowerW() + ".")
                .entry(ConfigKey.EV_PHASES, Integer.toString(ev.phases()),
                        "Phases the on-board charger uses, 1 or 3. Default " + defaults.phases() + ".");
    }

    private static void renderPatterns(Lines lines, ChargingPatternConfig pattern,
            Map<Integer, ChargingPatternConfig> connectors, ChargingPatternConfig defaults) {
        lines.comment("How the EV's power demand develops over a session. The power delivered is the")
                .comment("least of what the pattern asks of the EV's max_power_w, max_charging_power_w")
                .comment("and any smart-charging limit; the EV stops at target_soc.");
        lines.header("[" + ConfigSection.CHARGING_PATTERN.dotted() + "]");
        lines.entry(ConfigKey.PATTERN_TYPE, quoted(pattern.type().key()),
                        "\"constant\": full power all along. \"tapered\": full power up to",
                        "taper_start_soc, then falling to taper_floor at the target (CC-CV).",
                        "\"variable\": varies at random around set_point by up to amplitude either way.",
                        "Default "
                                + quoted(defaults.type().key()) + ".")
                .entry(ConfigKey.TAPER_START_SOC, decimal(pattern.taperStartSoc()),
                        "tapered: state of charge in percent where the power starts to fall, 0 to 100.",
                        "Default " + defaults.taperStartSoc() + ".")
                .entry(ConfigKey.TAPER_FLOOR, decimal(pattern.taperFloor()),
                        "tapered: share of the power still drawn at the target, above 0 up to 1.",
                        "Default " + defaults.taperFloor() + ".")
                .entry(ConfigKey.SET_POINT, decimal(pattern.setPoint()),
                        "variable: centre of the variation as a share of the power, 0 to 1. Default "
                                + defaults.setPoint() + ".")
                .entry(ConfigKey.AMPLITUDE, decimal(pattern.amplitude()),
                        "variable: how far the power varies either way as a share of it, 0 to 1.",
                        "Default " + defaults.amplitude() + ".");
        lines.comment("Connectors that charge differently: one table per connector, named by its")
                .comment("number (1 to connector_count), with the keys above; type is required, the")
                .comment("other keys default to those of [simulator.charging_pattern].");
        String example = "[" + ConfigRules.connectorPatternPath("2") + "]";
        if (connectors.isEmpty()) {
            lines.comment(example)
                    .comment(ConfigKey.PATTERN_TYPE.key() + " = " + quoted(ChargingPatternConfig.Type.TAPERED.key()))
                    .blank();
            return;
        }
        lines.blank();
        connectors.forEach((connector, own) -> {
            lines.header("[" + ConfigRules.connectorPatternPath(connector.toString()) + "]");
            lines.line(ConfigKey.PATTERN_TYPE.key() + " = " + quoted(own.type().key()));
            differing(lines, ConfigKey.TAPER_START_SOC, own.taperStartSoc(), pattern.taperStartSoc());
            differing(lines, ConfigKey.TAPER_FLOOR, own.taperFloor(), pattern.taperFloor());
            differing(lines, ConfigKey.SET_POINT, own.setPoint(), pattern.setPoint());
            differing(lines, ConfigKey.AMPLITUDE, own.amplitude(), pattern.amplitude());
            lines.blank();
        });
    }

    /** A connector's key, when it differs from the one it would take from [simulator.charging_pattern]. */
    private static void differing(Lines lines, ConfigKey key, double value, double inherited) {
        if (Double.compare(value, inherited) != 0) {
            lines.line(key.key() + " = " + decimal(value));
        }
    }

    private static void renderFaults(Lines lines, FaultConfig faults, FaultConfig defaults) {
        lines.table(ConfigSection.FAULT_CONFIG,
                "Faults that come and go by themselves, on connectors without a fault.")
                .entry(ConfigKey.ENABLE_RANDOM_FAULTS, Boolean.toString(faults.enableRandomFaults()),
                        "Whether random faults happen, true or false. Default " + defaults.enableRandomFaults() + ".")
                .entry(ConfigKey.RANDOM_FAULT_PROBABILITY, decimal(faults.randomFaultProbability()),
                        "Chance of a fault per check and connector, 0 to 1 (0.01 is 1 %). Default "
                                + defaults.randomFaultProbability() + ".")
                .entry(ConfigKey.RANDOM_FAULT_INTERVAL_SECONDS,
                        Long.toString(faults.randomFaultInterval().toSeconds()),
                        "Seconds between two checks, 1 to " + ConfigRules.MAX_INTERVAL + ". Default "
                                + defaults.randomFaultInterval().toSeconds() + ".")
                .entry(ConfigKey.RECOVERY_TIME_RANGE, "[" + faults.recoveryMin().toSeconds() + ", "
                                + faults.recoveryMax().toSeconds() + "]",
                        "Shortest and longest seconds until a random fault clears, 0 to "
                                + ConfigRules.MAX_INTERVAL + "; each fault",
                        "draws its time in between. Default [" + defaults.recoveryMin().toSeconds() + ", "
                                + defaults.recoveryMax().toSeconds() + "].");
        lines.comment("Which error codes random faults have, as relative weights (0 or more, not all 0);")
                .comment("the codes not listed never occur. Any OCPP 1.6 ChargePointErrorCode but NoError.")
                .comment("Default: " + String.join(", ", defaults.faultTypes().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()) + ".");
        lines.header("[" + ConfigSection.FAULT_TYPES.dotted() + "]");
        faults.faultTypes().forEach((code, weight) -> lines.line(quoted(code.name()) + " = " + decimal(weight)));
        lines.blank();
    }

    /** A TOML float that reads back as exactly this double. */
    private static String decimal(double value) {
        return Double.toString(value);
    }

    private static void renderTls(Lines lines, TlsConfig tls) {
        lines.table(ConfigSection.TLS,
                "How the certificate of a wss:// Central System is verified (ws:// needs nothing).");
        String[] storeComment = {
            "PEM file of trusted certificates, or PKCS12 trust store; a relative path is",
            "taken from this file's folder. Without it, the JDK's trust store is used."};
        tls.trustStore().ifPresentOrElse(
                path -> lines.entry(ConfigKey.TRUST_STORE, quoted(path.toString()), storeComment),
                () -> lines.commentedOutEntry(ConfigKey.TRUST_STORE, quoted("ca.pem"), storeComment));
        String passwordComment = "Password of a PKCS12 trust_store (PEM needs none).";
        tls.trustStorePassword().ifPresentOrElse(
                password -> lines.entry(ConfigKey.TRUST_STORE_PASSWORD, quoted(password), passwordComment),
                () -> lines.commentedOutEntry(ConfigKey.TRUST_STORE_PASSWORD, quoted("changeit"), passwordComment));
        lines.entry(ConfigKey.INSECURE_SKIP_VERIFY, Boolean.toString(tls.insecureSkipVerify()),
                "Accept any certificate and host name, true or false: for labs only. Default "
                        + TlsConfig.DEFAULTS.insecureSkipVerify() + ".");
    }

    private static void renderOcppConfiguration(Lines lines, Map<String, String> values) {
        lines.comment("Initial values of OCPP configuration keys, by their OCPP names (case-sensitive).")
                .comment("Integers, booleans and strings are accepted and checked as ChangeConfiguration")
                .comment("checks them. Read-only keys may be set here too, but NumberOfConnectors and")
                .comment("SupportedFeatureProfiles follow from connector_count and feature_profiles, and")
                .comment("the AuthorizationKey is authorization_key above. HeartbeatInterval and")
                .comment("MeterValueSampleInterval win over heartbeat_interval and meter_values_interval.");
        lines.header("[" + ConfigSection.OCPP_CONFIGURATION.dotted() + "]");
        values.forEach((name, value) -> lines.line(name + " = " + ocppValue(name, value)));
        OCPP_EXAMPLES.entrySet().stream()
                .filter(example -> !values.containsKey(example.getKey().keyName()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(example -> lines.comment(example.getKey().keyName() + " = "
                        + ocppValue(example.getKey().keyName(), example.getValue())));
        lines.blank();
    }

    private static void renderDataTransfer(Lines lines, List<DataTransferRuleConfig> rules) {
        String header = "[[" + ConfigSection.DATA_TRANSFER.dotted() + "]]";
        lines.comment("How the charge point answers the Central System's DataTransfer requests: the")
                .comment("first rule whose vendor_id (and message_id, if it has one) matches answers.")
                .comment("Without a match the answer is UnknownVendorId, or UnknownMessageId when a rule")
                .comment("names the vendor but not the message. Repeat the table for more rules.");
        String[] vendorComment = {"The vendorId the rule answers, exactly; 1 to " + ConfigRules.MAX_VENDOR_ID_LENGTH
                + " characters. Required."};
        String[] messageComment = {"The messageId it answers, exactly, 1 to " + ConfigRules.MAX_MESSAGE_ID_LENGTH
                + " characters; without it, every", "message of the vendor."};
        String[] statusComment = {"The answer's status, one of",
            ConfigRules.oneOf(Arrays.stream(DataTransferStatus.values()).map(status -> quoted(status.name())).toList())
                    + ". Default " + quoted(DataTransferStatus.Accepted.name()) + "."};
        String[] dataComment = {"The data sent back; without it, none."};
        if (rules.isEmpty()) {
            lines.comment(header).blank();
            lines.commentedOutEntry(ConfigKey.VENDOR_ID, quoted("com.example"), vendorComment)
                    .commentedOutEntry(ConfigKey.MESSAGE_ID, quoted("GetPrice"), messageComment)
                    .commentedOutEntry(ConfigKey.STATUS, quoted(DataTransferStatus.Accepted.name()), statusComment)
                    .commentedOutEntry(ConfigKey.DATA, quoted("42"), dataComment);
            return;
        }
        // Only the first rule carries the comments; the others would repeat them.
        for (int i = 0; i < rules.size(); i++) {
            DataTransferRuleConfig rule = rules.get(i);
            boolean commented = i == 0;
            lines.header(header);
            lines.entry(ConfigKey.VENDOR_ID, quoted(rule.vendorId()), commented ? vendorComment : NONE);
            rule.messageId().ifPresent(id -> lines.entry(ConfigKey.MESSAGE_ID, quoted(id),
                    commented ? messageComment : NONE));
            lines.entry(ConfigKey.STATUS, quoted(rule.status().name()), commented ? statusComment : NONE);
            rule.data().ifPresent(data -> lines.entry(ConfigKey.DATA, quoted(data), commented ? dataComment : NONE));
        }
    }

    private static void renderFirmware(Lines lines, FirmwareConfig firmware, FirmwareConfig defaults) {
        lines.table(ConfigSection.FIRMWARE, "How an UpdateFirmware of the Central System goes.")
                .entry(ConfigKey.DOWNLOAD_SECONDS, Long.toString(firmware.downloadTime().toSeconds()),
                        "Seconds the download takes, 0 to " + ConfigRules.MAX_INTERVAL + ". Default "
                                + defaults.downloadTime().toSeconds() + ".")
                .entry(ConfigKey.INSTALL_SECONDS, Long.toString(firmware.installTime().toSeconds()),
                        "Seconds the installation takes, 0 to " + ConfigRules.MAX_INTERVAL + ". Default "
                                + defaults.installTime().toSeconds() + ".")
                .entry(ConfigKey.FAIL, quoted(ConfigRules.failureName(firmware.fail())),
                        "Which step fails, every time: " + ConfigRules.oneOf(Arrays.stream(FirmwareFailure.values())
                                .map(failure -> quoted(ConfigRules.failureName(failure))).toList()) + ".",
                        "Default " + quoted(ConfigRules.failureName(defaults.fail())) + ".");
    }

    /** A TOML array of the profiles' names, in {@link FeatureProfile} order. */
    private static String profiles(Iterable<FeatureProfile> profiles) {
        StringBuilder text = new StringBuilder("[");
        for (FeatureProfile profile : profiles) {
            text.append(text.length() > 1 ? ", " : "").append(quoted(profile.name()));
        }
        return text.append(']').toString();
    }

    /**
     * An OCPP configuration value as TOML: integer and boolean keys as TOML integers and booleans
     * (the values are normalised, so this is exact), every other key as a string.
     */
    private static String ocppValue(String name, String value) {
        return switch (ConfigurationKey.byName(name).orElseThrow().type()) {
            case INTEGER, BOOLEAN -> value;
            default -> quoted(value);
        };
    }

    /**
     * Writes {@link #render} to {@code file} as UTF-8, replacing it if it exists. When the
     * configuration holds a secret and the file system has POSIX permissions, only the owner may
     * read and write the file.
     */
    public void write(SimulatorConfig config, Path file) throws IOException {
        Files.writeString(file, render(config), StandardCharsets.UTF_8);
        boolean secret = config.authorizationKey().isPresent() || config.tls().trustStorePassword().isPresent();
        PosixFileAttributeView permissions = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (secret && permissions != null) {
            permissions.setPermissions(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
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

        Lines line(String line) {
            text.append(line).append('\n');
            return this;
        }

        Lines table(ConfigSection section, String description) {
            comment(description);
            return header("[" + section.dotted() + "]");
        }

        /** A table header and the blank line after it. */
        Lines header(String header) {
            return line(header).blank();
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
