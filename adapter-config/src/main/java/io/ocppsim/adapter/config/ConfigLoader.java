package io.ocppsim.adapter.config;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Loads {@code simulator.toml} into a {@link SimulatorConfig}. Every key is optional (an empty file
 * gives {@link SimulatorConfig#defaults()}); unknown keys, wrong types and values out of range are
 * errors, all reported together in one {@link ConfigException}. Tables the product defines but
 * this version does not use yet are accepted with a warning.
 */
public final class ConfigLoader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Reads and validates a UTF-8 TOML file. */
    public LoadedConfig load(Path file) throws ConfigException {
        return parse(read(file), file.toString());
    }

    /**
     * Validates TOML text.
     *
     * @param sourceName names the text in the exception's message, e.g. a file name
     */
    public LoadedConfig parse(String text, String sourceName) throws ConfigException {
        TomlParseResult document = Toml.parse(stripByteOrderMark(text));
        if (document.hasErrors()) {
            throw new ConfigException(sourceName, syntaxProblems(document.errors()));
        }
        DocumentReader reader = new DocumentReader(document);
        SimulatorConfig config = read(document, reader);
        if (!reader.problems().isEmpty()) {
            throw new ConfigException(sourceName, reader.problems());
        }
        return new LoadedConfig(config, reader.warnings());
    }

    private static SimulatorConfig read(TomlParseResult document, DocumentReader reader) {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        reader.checkTopLevel();
        TomlTable simulator = reader.section(document, ConfigSection.SIMULATOR);

        ChargePointId id = reader.string(simulator, ConfigKey.CHARGE_POINT_ID, defaults.chargePointId(),
                ConfigRules::chargePointId);
        Optional<URI> url = reader.string(simulator, ConfigKey.CENTRAL_SYSTEM_URL, defaults.centralSystemUrl(),
                ConfigRules::centralSystemUrl);
        int connectorCount = reader.integer(simulator, ConfigKey.CONNECTOR_COUNT, defaults.connectorCount(),
                ConfigRules::connectorCount);
        Duration heartbeat = reader.integer(simulator, ConfigKey.HEARTBEAT_INTERVAL, defaults.heartbeatInterval(),
                ConfigRules::heartbeatInterval);
        Duration meterValues = reader.integer(simulator, ConfigKey.METER_VALUES_INTERVAL,
                defaults.meterValuesInterval(), ConfigRules::meterValuesInterval);

        VendorInfoConfig vendorInfo = readVendorInfo(reader, reader.section(simulator, ConfigSection.VENDOR_INFO),
                defaults.vendorInfo());
        ApiConfig api = readApi(reader, reader.section(simulator, ConfigSection.API_CONFIG), defaults.apiConfig());
        MeterConfig meter = readMeter(reader, reader.section(simulator, ConfigSection.METER_CONFIG),
                defaults.meterConfig());

        // Every value is valid or its default by now, so the records cannot refuse them.
        return new SimulatorConfig(id, url, connectorCount, heartbeat, meterValues, vendorInfo, api, meter);
    }

    private static VendorInfoConfig readVendorInfo(DocumentReader reader, TomlTable table, VendorInfoConfig defaults) {
        return new VendorInfoConfig(
                reader.string(table, ConfigKey.CHARGE_POINT_VENDOR, defaults.chargePointVendor(),
                        ConfigRules::chargePointVendor),
                reader.string(table, ConfigKey.CHARGE_POINT_MODEL, defaults.chargePointModel(),
                        ConfigRules::chargePointModel),
                reader.string(table, ConfigKey.FIRMWARE_VERSION, defaults.firmwareVersion(),
                        ConfigRules::firmwareVersion));
    }

    private static ApiConfig readApi(DocumentReader reader, TomlTable table, ApiConfig defaults) {
        return new ApiConfig(
                reader.string(table, ConfigKey.BIND_ADDRESS, defaults.bindAddress(), ConfigRules::bindAddress),
                reader.integer(table, ConfigKey.PORT, defaults.port(), ConfigRules::port),
                reader.bool(table, ConfigKey.ENABLE_CORS, defaults.enableCors()));
    }

    private static MeterConfig readMeter(DocumentReader reader, TomlTable table, MeterConfig defaults) {
        return new MeterConfig(
                reader.number(table, ConfigKey.MAX_CHARGING_POWER_W, defaults.maxChargingPowerW(),
                        ConfigRules::maxChargingPowerW),
                reader.number(table, ConfigKey.VOLTAGE_V, defaults.voltageV(), ConfigRules::voltageV),
                reader.bool(table, ConfigKey.INCLUDE_NOISE, defaults.includeNoise()),
                reader.bool(table, ConfigKey.SIMULATE_DRIFT, defaults.simulateDrift()));
    }

    private static List<ConfigIssue> syntaxProblems(List<TomlParseError> errors) {
        return errors.stream()
                .map(error -> new ConfigIssue("", error.position().line(), error.position().column(),
                        "invalid TOML: " + error.getMessage()))
                .sorted(ConfigIssue.BY_POSITION.thenComparing(ConfigIssue::message, Comparator.naturalOrder()))
                .toList();
    }

    private static String read(Path file) throws ConfigException {
        String source = file.toAbsolutePath().normalize().toString();
        if (Files.isDirectory(file)) {
            throw unreadable(source, "is a directory, not a configuration file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw unreadable(source, "configuration file not found");
        } catch (AccessDeniedException e) {
            throw unreadable(source, "configuration file is not readable (permission denied)");
        } catch (CharacterCodingException e) {
            throw unreadable(source, "configuration file is not UTF-8 text");
        } catch (IOException e) {
            throw unreadable(source, "cannot read configuration file: " + e.getMessage());
        }
    }

    private static ConfigException unreadable(String source, String message) {
        return new ConfigException(source, List.of(ConfigIssue.ofFile(message)));
    }

    private static String stripByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
