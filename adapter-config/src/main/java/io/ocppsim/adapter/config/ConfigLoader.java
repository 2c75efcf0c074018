package io.ocppsim.adapter.config;

import io.ocppsim.adapter.config.DocumentReader.Table;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Loads {@code simulator.toml} into a {@link SimulatorConfig}. Every key is optional (an empty file
 * gives {@link SimulatorConfig#defaults()}); unknown keys, wrong types and values out of range are
 * errors, all reported together in one {@link ConfigException}. A value refused by the rules of
 * the domain (a target state of charge below the initial one) is reported at its key too. Tables
 * the product defines but this version does not use yet are accepted with a warning, as are settings that work but
 * deserve a second look (certificates not verified, a DataTransfer rule that can never answer, an
 * OCPP key of a feature profile the charge point does not support).
 *
 * <p>The initial OCPP configuration values of {@code [simulator.ocpp_configuration]} are checked
 * as the charge point checks a ChangeConfiguration, each on its own so that every bad one is
 * reported. No message ever shows the authorization key or the trust store password.
 */
public final class ConfigLoader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * Reads and validates a UTF-8 TOML file; a relative {@code trust_store} is taken from the
     * file's folder.
     */
    public LoadedConfig load(Path file) throws ConfigException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return parse(read(file), file.toString(), folder == null ? Path.of("").toAbsolutePath() : folder);
    }

    /**
     * Validates TOML text; a relative {@code trust_store} is taken from the working directory.
     *
     * @param sourceName names the text in the exception's message, e.g. a file name
     */
    public LoadedConfig parse(String text, String sourceName) throws ConfigException {
        return parse(text, sourceName, Path.of("").toAbsolutePath());
    }

    /**
     * Validates TOML text.
     *
     * @param sourceName names the text in the exception's message, e.g. a file name
     * @param baseDirectory where a relative {@code trust_store} is taken from
     */
    public LoadedConfig parse(String text, String sourceName, Path baseDirectory) throws ConfigException {
        TomlParseResult document = Toml.parse(stripByteOrderMark(text));
        if (document.hasErrors()) {
            throw new ConfigException(sourceName, syntaxProblems(document.errors()));
        }
        DocumentReader reader = new DocumentReader(document);
        SimulatorConfig config = read(reader, baseDirectory);
        if (!reader.problems().isEmpty()) {
            throw new ConfigException(sourceName, reader.problems());
        }
        return new LoadedConfig(config, reader.warnings());
    }

    private static SimulatorConfig read(DocumentReader reader, Path baseDirectory) {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        Table simulator = reader.section(reader.root(), ConfigSection.SIMULATOR);

        ChargePointId id = reader.string(simulator, ConfigKey.CHARGE_POINT_ID, defaults.chargePointId(),
                ConfigRules::chargePointId);
        Optional<URI> url = reader.string(simulator, ConfigKey.CENTRAL_SYSTEM_URL, defaults.centralSystemUrl(),
                ConfigRules::centralSystemUrl);
        Optional<String> authorizationKey = reader.string(simulator, ConfigKey.AUTHORIZATION_KEY,
                defaults.authorizationKey(), value -> Optional.of(ConfigRules.authorizationKey(value)));
        int connectorCount = reader.integer(simulator, ConfigKey.CONNECTOR_COUNT, defaults.connectorCount(),
                ConfigRules::connectorCount);
        Duration heartbeat = reader.integer(simulator, ConfigKey.HEARTBEAT_INTERVAL, defaults.heartbeatInterval(),
                ConfigRules::heartbeatInterval);
        Duration meterValues = reader.integer(simulator, ConfigKey.METER_VALUES_INTERVAL,
                defaults.meterValuesInterval(), ConfigRules::meterValuesInterval);
        Set<FeatureProfile> profiles = reader.strings(simulator, ConfigKey.FEATURE_PROFILES,
                defaults.featureProfiles(), ConfigRules::featureProfile, ConfigRules::featureProfiles);

        VendorInfoConfig vendorInfo = readVendorInfo(reader, reader.section(simulator, ConfigSection.VENDOR_INFO),
                defaults.vendorInfo());
        ApiConfig api = readApi(reader, reader.section(simulator, ConfigSection.API_CONFIG), defaults.apiConfig());
        MeterConfig meter = readMeter(reader, reader.section(simulator, ConfigSection.METER_CONFIG),
                defaults.meterConfig());
        TlsConfig tls = readTls(reader, reader.section(simulator, ConfigSection.TLS), baseDirectory);
        Map<String, String> ocppConfiguration = readOcppConfiguration(reader,
                reader.section(simulator, ConfigSection.OCPP_CONFIGURATION), connectorCount, profiles);
        List<DataTransferRuleConfig> rules = readDataTransfer(reader,
                reader.tables(simulator, ConfigSection.DATA_TRANSFER));
        FirmwareConfig firmware = readFirmware(reader, reader.section(simulator, ConfigSection.FIRMWARE),
                defaults.firmware());
        OptionalLong seed = reader.integer(simulator, ConfigKey.SEED, defaults.seed(), ConfigRules::seed);
        EvConfig ev = readEv(reader, reader.section(simulator, ConfigSection.EV_CONFIG), defaults.evConfig());
        Table patternTable = reader.section(simulator, ConfigSection.CHARGING_PATTERN);
        ChargingPatternConfig pattern = readPattern(reader, patternTable, defaults.chargingPattern());
        Map<Integer, ChargingPatternConfig> connectorPatterns = readConnectorPatterns(reader,
                reader.section(patternTable, ConfigSection.CONNECTOR_PATTERNS), pattern, connectorCount);
        Table faultTable = reader.section(simulator, ConfigSection.FAULT_CONFIG);
        FaultConfig faults = readFaults(reader, faultTable, reader.section(faultTable, ConfigSection.FAULT_TYPES),
                defaults.faultConfig());

        // Every value is valid or its default by now, so the records cannot refuse them.
        return new SimulatorConfig(id, url, connectorCount, heartbeat, meterValues, vendorInfo, api, meter,
                authorizationKey, profiles, tls, ocppConfiguration, rules, firmware, seed, ev, pattern,
                connectorPatterns, faults);
    }

    private static VendorInfoConfig readVendorInfo(DocumentReader reader, Table table, VendorInfoConfig defaults) {
        return new VendorInfoConfig(
                reader.string(table, ConfigKey.CHARGE_POINT_VENDOR, defaults.chargePointVendor(),
                        ConfigRules::chargePointVendor),
                reader.string(table, ConfigKey.CHARGE_POINT_MODEL, defaults.chargePointModel(),
                        ConfigRules::chargePointModel),
                reader.string(table, ConfigKey.FIRMWARE_VERSION, defaults.firmwareVersion(),
                        ConfigRules::firmwareVersion));
    }

    private static ApiConfig readApi(DocumentReader reader, Table table, ApiConfig defaults) {
        return new ApiConfig(
                reader.string(table, ConfigKey.BIND_ADDRESS, defaults.bindAddress(), ConfigRules::bindAddress),
                reader.integer(table, ConfigKey.PORT, defaults.port(), ConfigRules::port),
                reader.bool(table, ConfigKey.ENABLE_CORS, defaults.enableCors()));
    }

    private static MeterConfig readMeter(DocumentReader reader, Table table, MeterConfig defaults) {
        int before = reader.problemCount();
        double maxPower = reader.number(table, ConfigKey.MAX_CHARGING_POWER_W, defaults.maxChargingPowerW(),
                ConfigRules::maxChargingPowerW);
        double voltage = reader.number(table, ConfigKey.VOLTAGE_V, defaults.voltageV(), ConfigRules::voltageV);
        int phases = reader.integer(table, ConfigKey.METER_PHASES, defaults.phases(), ConfigRules::meterPhases);
        double powerFactor = reader.number(table, ConfigKey.POWER_FACTOR, defaults.powerFactor(),
                ConfigRules::powerFactor);
        double frequency = reader.number(table, ConfigKey.FREQUENCY_HZ, defaults.frequencyHz(),
                ConfigRules::frequencyHz);
        boolean noise = reader.bool(table, ConfigKey.INCLUDE_NOISE, defaults.includeNoise());
        double noiseAmplitude = reader.number(table, ConfigKey.NOISE_AMPLITUDE, defaults.noiseAmplitude(),
                ConfigRules::noiseAmplitude);
        boolean drift = reader.bool(table, ConfigKey.SIMULATE_DRIFT, defaults.simulateDrift());
        double driftRate = reader.number(table, ConfigKey.DRIFT_RATE_PER_HOUR, defaults.driftRatePerHour(),
                ConfigRules::driftRatePerHour);
        double driftBound = reader.number(table, ConfigKey.DRIFT_BOUND, defaults.driftBound(),
                ConfigRules::driftBound);
        double ambient = reader.number(table, ConfigKey.AMBIENT_TEMPERATURE_C, defaults.ambientTemperatureC(),
                ConfigRules::ambientTemperatureC);
        double rise = reader.number(table, ConfigKey.TEMPERATURE_RISE_C, defaults.temperatureRiseC(),
                ConfigRules::temperatureRiseC);
        Duration timeConstant = reader.integer(table, ConfigKey.THERMAL_TIME_CONSTANT_SECONDS,
                defaults.thermalTimeConstant(), ConfigRules::thermalTimeConstant);
        Duration update = reader.integer(table, ConfigKey.UPDATE_INTERVAL_SECONDS, defaults.updateInterval(),
                ConfigRules::updateInterval);
        return built(reader, before, defaults, () -> new MeterConfig(maxPower, voltage, phases, powerFactor, frequency,
                noise, noiseAmplitude, drift, driftRate, driftBound, ambient, rise, timeConstant, update), table);
    }

    private static EvConfig readEv(DocumentReader reader, Table table, EvConfig defaults) {
        int before = reader.problemCount();
        double capacity = reader.number(table, ConfigKey.BATTERY_CAPACITY_WH, defaults.batteryCapacityWh(),
                ConfigRules::batteryCapacityWh);
        double initial = reader.number(table, ConfigKey.INITIAL_SOC, defaults.initialSoc(),
                value -> ConfigRules.soc(ConfigKey.INITIAL_SOC, value));
        // without a target of its own, an EV plugged in above the default target charges no further
        double target = reader.number(table, ConfigKey.TARGET_SOC, Math.max(initial, defaults.targetSoc()),
                value -> ConfigRules.soc(ConfigKey.TARGET_SOC, value));
        double maxPower = reader.number(table, ConfigKey.EV_MAX_POWER_W, defaults.maxPowerW(),
                ConfigRules::evMaxPowerW);
        int phases = reader.integer(table, ConfigKey.EV_PHASES, defaults.phases(), ConfigRules::evPhases);
        return built(reader, before, defaults, () -> new EvConfig(capacity, initial, target, maxPower, phases), table);
    }

    /** A pattern table: {@code [simulator.charging_pattern]} or a connector's; missing keys from {@code base}. */
    private static ChargingPatternConfig readPattern(DocumentReader reader, Table table, ChargingPatternConfig base) {
        int before = reader.problemCount();
        ChargingPatternConfig.Type type = reader.string(table, ConfigKey.PATTERN_TYPE, base.type(),
                ConfigRules::patternType);
        double taperStart = reader.number(table, ConfigKey.TAPER_START_SOC, base.taperStartSoc(),
                ConfigRules::taperStartSoc);
        double taperFloor = reader.number(table, ConfigKey.TAPER_FLOOR, base.taperFloor(), ConfigRules::taperFloor);
        double setPoint = reader.number(table, ConfigKey.SET_POINT, base.setPoint(), ConfigRules::setPoint);
        double amplitude = reader.number(table, ConfigKey.AMPLITUDE, base.amplitude(), ConfigRules::amplitude);
        return built(reader, before, base,
                () -> new ChargingPatternConfig(type, taperStart, taperFloor, setPoint, amplitude), table);
    }

    /**
     * {@code [simulator.charging_pattern.connectors.N]}: each a connector's number and a table that
     * names its type; the keys it leaves out come from {@code [simulator.charging_pattern]}.
     */
    private static Map<Integer, ChargingPatternConfig> readConnectorPatterns(DocumentReader reader, Table connectors,
            ChargingPatternConfig base, int connectorCount) {
        if (!connectors.isPresent()) {
            return Map.of();
        }
        Map<Integer, ChargingPatternConfig> patterns = new TreeMap<>();
        for (String name : connectors.toml().keySet()) {
            int connector;
            try {
                connector = ConfigRules.connectorNumber(connectorCount, name);
            } catch (ConfigValueException e) {
                reader.problem(connectors, name, e.reason());
                continue;
            }
            Table table = reader.table(connectors, name, ConfigSection.CHARGING_PATTERN);
            if (!table.isPresent()) {
                continue;
            }
            if (!reader.has(table, ConfigKey.PATTERN_TYPE)) {
                reader.missing(table, ConfigKey.PATTERN_TYPE);
            }
            patterns.put(connector, readPattern(reader, table, base));
        }
        return patterns;
    }

    private static FaultConfig readFaults(DocumentReader reader, Table table, Table typesTable, FaultConfig defaults) {
        int before = reader.problemCount();
        boolean enabled = reader.bool(table, ConfigKey.ENABLE_RANDOM_FAULTS, defaults.enableRandomFaults());
        double probability = reader.number(table, ConfigKey.RANDOM_FAULT_PROBABILITY,
                defaults.randomFaultProbability(), ConfigRules::faultProbability);
        Duration interval = reader.integer(table, ConfigKey.RANDOM_FAULT_INTERVAL_SECONDS,
                defaults.randomFaultInterval(), ConfigRules::faultInterval);
        List<Duration> recovery = reader.integers(table, ConfigKey.RECOVERY_TIME_RANGE,
                List.of(defaults.recoveryMin(), defaults.recoveryMax()), ConfigRules::recoveryTimeRange);
        Map<ChargePointErrorCode, Double> weights = readFaultTypes(reader, table, typesTable, defaults.faultTypes());
        return built(reader, before, defaults, () -> new FaultConfig(enabled, probability, interval, recovery.get(0),
                recovery.get(1), weights), table, typesTable);
    }

    /**
     * {@code [simulator.fault_config.fault_types]}: error codes to weights, replacing the default
     * weights altogether. Each entry alone first, so every bad one is reported; then all together.
     */
    private static Map<ChargePointErrorCode, Double> readFaultTypes(DocumentReader reader, Table faultTable,
            Table table, Map<ChargePointErrorCode, Double> defaults) {
        if (!table.isPresent()) {
            return defaults;
        }
        Map<ChargePointErrorCode, Double> weights = new LinkedHashMap<>();
        boolean allValid = true;
        for (String name : table.toml().keySet()) {
            Object value = table.toml().get(List.of(name));
            try {
                ChargePointErrorCode code = ConfigRules.errorCode(name);
                double weight = switch (value) {
                    case Double d -> d;
                    case Long l -> l;
                    default -> throw new ConfigValueException(ConfigRules.faultTypePath(name),
                            "must be a number, was " + DocumentReader.typeOf(value));
                };
                weights.put(code, ConfigRules.faultWeight(name, weight));
            } catch (ConfigValueException e) {
                reader.problem(table, name, e.reason());
                allValid = false;
            }
        }
        if (!allValid) {
            return defaults;
        }
        try {
            return ConfigRules.faultTypes(weights);
        } catch (ConfigValueException e) {
            reader.rejected(e, faultTable, table);
            return defaults;
        }
    }

    /**
     * The record of a table's values when none of them was refused alone; then the record checks
     * them together (and by the domain's rules), and a value it refuses is reported at its key.
     * The fallback when anything is wrong.
     */
    private static <T> T built(DocumentReader reader, int problemsBefore, T fallback, Supplier<T> build,
            Table... tables) {
        if (reader.problemCount() > problemsBefore) {
            return fallback;
        }
        try {
            return build.get();
        } catch (ConfigValueException e) {
            reader.rejected(e, tables);
            return fallback;
        }
    }

    private static TlsConfig readTls(DocumentReader reader, Table table, Path baseDirectory) {
        Optional<Path> trustStore = reader.string(table, ConfigKey.TRUST_STORE, Optional.empty(),
                value -> ConfigRules.trustStore(value, baseDirectory));
        Optional<String> password = reader.string(table, ConfigKey.TRUST_STORE_PASSWORD, Optional.empty(),
                Optional::of);
        boolean insecure = reader.bool(table, ConfigKey.INSECURE_SKIP_VERIFY, false);
        // A trust store that is named but not found has been reported already.
        boolean storeNamed = reader.has(table, ConfigKey.TRUST_STORE)
                && !"".equals(table.toml().get(List.of(ConfigKey.TRUST_STORE.key())));
        if (password.isPresent() && !storeNamed) {
            reader.problem(table, ConfigKey.TRUST_STORE_PASSWORD.key(), ConfigRules.TRUST_STORE_PASSWORD_WITHOUT_STORE);
        }
        if (insecure) {
            reader.warning(table, ConfigKey.INSECURE_SKIP_VERIFY.key(),
                    "every certificate and host name is accepted: use this in a lab only");
            if (reader.has(table, ConfigKey.TRUST_STORE)) {
                reader.warning(table, ConfigKey.TRUST_STORE.key(), "is not read while insecure_skip_verify is true");
            }
        }
        // A password without its (valid) trust store has been reported; the record would refuse it.
        return new TlsConfig(trustStore, trustStore.isPresent() ? password : Optional.empty(), insecure);
    }

    /**
     * Each value alone first, so every bad one is reported; then, if all are good, all together,
     * which finds a list longer than a {@code ...MaxLength} given beside it.
     */
    private static Map<String, String> readOcppConfiguration(DocumentReader reader, Table table, int connectorCount,
            Set<FeatureProfile> profiles) {
        if (!table.isPresent()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean allValid = true;
        for (String name : table.toml().keySet()) {
            Object value = table.toml().get(List.of(name));
            String text = switch (value) {
                case String s -> s;
                case Long l -> Long.toString(l);
                case Boolean b -> Boolean.toString(b);
                default -> null;
            };
            if (text == null) {
                reader.problem(table, name, "must be an integer, a boolean or a string, was "
                        + DocumentReader.typeOf(value));
                allValid = false;
                continue;
            }
            try {
                ConfigRules.checkOcppValue(connectorCount, profiles, name, text);
                values.put(name, text);
            } catch (ConfigValueException e) {
                reader.problem(table, name, e.reason());
                allValid = false;
                continue;
            }
            ConfigurationKey key = ConfigurationKey.byName(name).orElseThrow();
            if (!profiles.contains(key.profile())) {
                reader.warning(table, name, "belongs to feature profile " + key.profile() + ", which "
                        + ConfigKey.FEATURE_PROFILES.dotted() + " leaves out: the Central System can neither read"
                        + " nor change it");
            }
        }
        if (!allValid) {
            return Map.of();
        }
        try {
            return ConfigRules.ocppConfiguration(connectorCount, profiles, values);
        } catch (ConfigValueException e) {
            // The rule names one of the given keys.
            String name = values.keySet().stream().filter(n -> ConfigRules.ocppKeyPath(n).equals(e.key()))
                    .findFirst().orElse(values.keySet().iterator().next());
            reader.problem(table, name, e.reason());
            return Map.of();
        }
    }

    private static List<DataTransferRuleConfig> readDataTransfer(DocumentReader reader, List<Table> tables) {
        List<DataTransferRuleConfig> rules = new ArrayList<>();
        List<String> ruleNames = new ArrayList<>();
        for (Table table : tables) {
            if (!reader.has(table, ConfigKey.VENDOR_ID)) {
                reader.missing(table, ConfigKey.VENDOR_ID);
            }
            String vendorId = reader.string(table, ConfigKey.VENDOR_ID, null, ConfigRules::vendorId);
            Optional<String> messageId = reader.string(table, ConfigKey.MESSAGE_ID, Optional.empty(),
                    value -> Optional.of(ConfigRules.messageId(value)));
            DataTransferStatus status = reader.string(table, ConfigKey.STATUS, DataTransferStatus.Accepted,
                    ConfigRules::dataTransferStatus);
            Optional<String> data = reader.string(table, ConfigKey.DATA, Optional.empty(), Optional::of);
            if (vendorId == null) {
                continue;
            }
            DataTransferRuleConfig rule = new DataTransferRuleConfig(vendorId, messageId, status, data);
            for (int i = 0; i < rules.size(); i++) {
                if (rule.isShadowedBy(rules.get(i))) {
                    reader.warning(table, ConfigKey.VENDOR_ID.key(), "never answers: " + ruleNames.get(i)
                            + " answers " + (rules.get(i).messageId().isEmpty() ? "every message of this vendor"
                                    : "this message") + " first");
                    break;
                }
            }
            rules.add(rule);
            ruleNames.add(table.name());
        }
        return rules;
    }

    private static FirmwareConfig readFirmware(DocumentReader reader, Table table, FirmwareConfig defaults) {
        return new FirmwareConfig(
                reader.integer(table, ConfigKey.DOWNLOAD_SECONDS, defaults.downloadTime(),
                        seconds -> ConfigRules.firmwareStep(ConfigKey.DOWNLOAD_SECONDS, seconds)),
                reader.integer(table, ConfigKey.INSTALL_SECONDS, defaults.installTime(),
                        seconds -> ConfigRules.firmwareStep(ConfigKey.INSTALL_SECONDS, seconds)),
                reader.string(table, ConfigKey.FAIL, defaults.fail(), ConfigRules::firmwareFailure));
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
