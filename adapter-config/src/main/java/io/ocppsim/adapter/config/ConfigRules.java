package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.physics.Drift;
import io.ocppsim.domain.physics.MeasurementNoise;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tomlj.Toml;

/**
 * The rules every configuration value obeys, shared by the loader (which collects the failures)
 * and the records (which throw on the first). Each rule throws a {@link ConfigValueException}
 * naming its key and returns the value as the model holds it.
 */
final class ConfigRules {

    static final int MIN_HEARTBEAT_INTERVAL = 1;
    static final int MAX_INTERVAL = 86_400;
    /** 0 asks for any free port. */
    static final int MIN_PORT = 0;
    static final int MAX_PORT = 65_535;
    static final int MAX_VENDOR_LENGTH = 20;
    static final int MAX_MODEL_LENGTH = 20;
    static final int MAX_FIRMWARE_LENGTH = 50;
    static final double MAX_CHARGING_POWER_W = 1_000_000;
    static final double MAX_VOLTAGE_V = 1_000;
    static final double MAX_FREQUENCY_HZ = 1_000;
    /** 100 % per hour: far beyond any real supply, which the drift bound caps anyway. */
    static final double MAX_DRIFT_RATE_PER_HOUR = 1;
    static final double MIN_AMBIENT_C = -100;
    static final double MAX_AMBIENT_C = 100;
    static final double MAX_TEMPERATURE_RISE_C = 1_000;
    static final int MAX_UPDATE_INTERVAL = 3_600;
    static final double MAX_BATTERY_CAPACITY_WH = 1_000_000;
    /** OCPP's DataTransfer.req limits: vendorId is a CiString255, messageId a CiString50. */
    static final int MAX_VENDOR_ID_LENGTH = 255;
    static final int MAX_MESSAGE_ID_LENGTH = 50;
    static final String TRUST_STORE_PASSWORD_WITHOUT_STORE =
            "is only used with a PKCS12 trust store; set simulator.tls.trust_store too";

    private static final int MAX_HOST_NAME_LENGTH = 253;
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern CONNECTOR_NUMBER = Pattern.compile("[1-9][0-9]*");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private ConfigRules() {
    }

    static <T> T required(ConfigKey key, T value) {
        if (value == null) {
            throw new ConfigValueException(key.dotted(), "is required");
        }
        return value;
    }

    /** The largest seed: 2^53 - 1, so that it survives a trip through JSON in any language. */
    static final long MAX_SEED = (1L << 53) - 1;

    /** A seed within +-{@link #MAX_SEED}. */
    static OptionalLong seed(long value) {
        if (value < -MAX_SEED || value > MAX_SEED) {
            throw new ConfigValueException(ConfigKey.SEED.dotted(), "must be between -" + MAX_SEED + " and " + MAX_SEED
                    + " (2^53 - 1, exact in JSON), was " + value);
        }
        return OptionalLong.of(value);
    }

    static ChargePointId chargePointId(String value) {
        try {
            return ChargePointId.of(value);
        } catch (InvalidValueException e) {
            throw new ConfigValueException(ConfigKey.CHARGE_POINT_ID.dotted(), e.reason());
        }
    }

    /** Absent, empty or blank means "use the built-in sandbox Central System". */
    static Optional<URI> centralSystemUrl(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
            throw urlProblem("is not a valid URL (" + e.getReason() + where + "), was '" + value + "'");
        }
        return Optional.of(centralSystemUrl(uri));
    }

    static URI centralSystemUrl(URI uri) {
        String scheme = uri.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme) || uri.getHost() == null) {
            throw urlProblem("must be a ws:// or wss:// URL with a host, was '" + uri + "'");
        }
        if (uri.getPort() > MAX_PORT) {
            throw urlProblem("has port " + uri.getPort() + ", ports go up to " + MAX_PORT);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw urlProblem("must not have a query or fragment (the charge point id is appended to the path), was '"
                    + uri + "'");
        }
        return uri;
    }

    private static ConfigValueException urlProblem(String reason) {
        return new ConfigValueException(ConfigKey.CENTRAL_SYSTEM_URL.dotted(), reason);
    }

    static int connectorCount(long value) {
        return intBetween(ConfigKey.CONNECTOR_COUNT, value, 1, ChargePoint.MAX_CONNECTORS);
    }

    static Duration heartbeatInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.HEARTBEAT_INTERVAL, seconds, MIN_HEARTBEAT_INTERVAL));
    }

    static Duration heartbeatInterval(Duration value) {
        return heartbeatInterval(wholeSeconds(ConfigKey.HEARTBEAT_INTERVAL, value));
    }

    static Duration meterValuesInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.METER_VALUES_INTERVAL, seconds, 0));
    }

    static Duration meterValuesInterval(Duration value) {
        return meterValuesInterval(wholeSeconds(ConfigKey.METER_VALUES_INTERVAL, value));
    }

    static String chargePointVendor(String value) {
        return text(ConfigKey.CHARGE_POINT_VENDOR, value, MAX_VENDOR_LENGTH, true);
    }

    static String chargePointModel(String value) {
        return text(ConfigKey.CHARGE_POINT_MODEL, value, MAX_MODEL_LENGTH, true);
    }

    /** May be empty: the firmware version is then not reported. */
    static String firmwareVersion(String value) {
        return text(ConfigKey.FIRMWARE_VERSION, value, MAX_FIRMWARE_LENGTH, false);
    }

    /**
     * A host name (RFC 1123) or an IPv4 or IPv6 literal; an IPv6 literal may be written in
     * brackets, which are removed.
     */
    static String bindAddress(String value) {
        required(ConfigKey.BIND_ADDRESS, value);
        String host = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        boolean valid;
        if (host.contains(":")) {
            valid = isIpv6Literal(host);
        } else if (DIGITS_AND_DOTS.matcher(host).matches()) {
            valid = IPV4.matcher(host).matches();
        } else {
            valid = isHostName(host);
        }
        if (!valid) {
            throw new ConfigValueException(ConfigKey.BIND_ADDRESS.dotted(),
                    "must be a host name or an IP address, was '" + value + "'");
        }
        return host;
    }

    private static boolean isIpv6Literal(String host) {
        try {
            return new URI("http://[" + host + "]/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > MAX_HOST_NAME_LENGTH) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static int port(long value) {
        return intBetween(ConfigKey.PORT, value, MIN_PORT, MAX_PORT);
    }

    static double maxChargingPowerW(double value) {
        return positiveUpTo(ConfigKey.MAX_CHARGING_POWER_W, value, MAX_CHARGING_POWER_W);
    }

    static double voltageV(double value) {
        return positiveUpTo(ConfigKey.VOLTAGE_V, value, MAX_VOLTAGE_V);
    }

    /**
     * The HTTP Basic password of security profiles 1 and 2, checked by the domain's own
     * AuthorizationKey rule (8 to 40 printable ASCII characters). The reason never shows the value.
     */
    static String authorizationKey(String value) {
        required(ConfigKey.AUTHORIZATION_KEY, value);
        try {
            new OcppConfiguration(1, EnumSet.of(FeatureProfile.Core),
                    Map.of(ConfigurationKey.AuthorizationKey.keyName(), value));
        } catch (InvalidValueException e) {
            throw new ConfigValueException(ConfigKey.AUTHORIZATION_KEY.dotted(), e.reason());
        }
        return value;
    }

    /** A feature profile by its OCPP name, case-sensitive; an unknown name gets a hint. */
    static FeatureProfile featureProfile(String name) {
        return FeatureProfile.fromWire(name).orElseThrow(() -> {
            List<String> names = Arrays.stream(FeatureProfile.values()).map(FeatureProfile::name).toList();
            String hint = Suggestions.closest(name, names).map(n -> ", did you mean " + n + "?")
                    .orElse(" (" + String.join(", ", names) + ")");
            return new ConfigValueException(ConfigKey.FEATURE_PROFILES.dotted(),
                    quote(name) + " is not an OCPP 1.6 feature profile" + hint);
        });
    }

    /** Each profile once, Core among them; unmodifiable, in {@link FeatureProfile} order. */
    static Set<FeatureProfile> featureProfiles(Collection<FeatureProfile> profiles) {
        String key = ConfigKey.FEATURE_PROFILES.dotted();
        if (profiles == null || profiles.contains(null)) {
            throw new ConfigValueException(key, "is required and must not contain null");
        }
        Set<FeatureProfile> set = EnumSet.noneOf(FeatureProfile.class);
        for (FeatureProfile profile : profiles) {
            if (!set.add(profile)) {
                throw new ConfigValueException(key, "lists " + profile + " twice");
            }
        }
        if (!set.contains(FeatureProfile.Core)) {
            throw new ConfigValueException(key, "must contain Core");
        }
        return Collections.unmodifiableSet(set);
    }

    /** The key path of an OCPP configuration key, e.g. {@code simulator.ocpp_configuration.HeartbeatInterval}. */
    static String ocppKeyPath(String name) {
        return ConfigSection.OCPP_CONFIGURATION.dotted() + "." + Toml.joinKeyPath(List.of(name));
    }

    /**
     * Checks one initial OCPP configuration value alone, exactly as the charge point will check
     * it. Read-only keys may be given; NumberOfConnectors, SupportedFeatureProfiles and the
     * AuthorizationKey may not. A conflict with the default of another key (a {@code ...MaxLength}
     * below the length of its list's default) is left to {@link #ocppConfiguration}.
     */
    static void checkOcppValue(int connectorCount, Set<FeatureProfile> profiles, String name, String value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            throw new ConfigValueException(ocppKeyPath(name), "is required");
        }
        ConfigurationKey key = ConfigurationKey.byName(name)
                .orElseThrow(() -> new ConfigValueException(ocppKeyPath(name), unknownOcppKey(name)));
        switch (key) {
            case AuthorizationKey -> throw new ConfigValueException(ocppKeyPath(name),
                    "is set with " + ConfigKey.AUTHORIZATION_KEY.dotted() + ", not here");
            case NumberOfConnectors -> throw derived(name, ConfigKey.CONNECTOR_COUNT);
            case SupportedFeatureProfiles -> throw derived(name, ConfigKey.FEATURE_PROFILES);
            default -> {
                // checked below
            }
        }
        try {
            new OcppConfiguration(connectorCount, profiles, Map.of(name, value));
        } catch (InvalidValueException e) {
            if (e.field().equals(name)) {
                throw new ConfigValueException(ocppKeyPath(name), e.reason());
            }
        }
    }

    /**
     * Every initial OCPP configuration value: each checked alone ({@link #checkOcppValue}), then
     * all together (a list against a {@code ...MaxLength} given beside it, or a {@code ...MaxLength}
     * against its list's default). Returns them unmodifiable, in the form the charge point stores
     * ({@code TRUE} becomes {@code true}, list items lose their blanks), in
     * {@link ConfigurationKey} order. Throws for the first bad value, always naming a given key.
     */
    static Map<String, String> ocppConfiguration(int connectorCount, Set<FeatureProfile> profiles,
            Map<String, String> values) {
        if (values == null) {
            throw new ConfigValueException(ConfigSection.OCPP_CONFIGURATION.dotted(), "is required");
        }
        List<String> names = values.keySet().stream().sorted(Comparator.comparingInt(ConfigRules::orderOf)).toList();
        names.forEach(name -> checkOcppValue(connectorCount, profiles, name, values.get(name)));
        OcppConfiguration all;
        try {
            all = new OcppConfiguration(connectorCount, profiles, values);
        } catch (InvalidValueException e) {
            throw conflict(values, e);
        }
        Map<String, String> normalised = new LinkedHashMap<>();
        names.forEach(name -> normalised.put(name, all.value(ConfigurationKey.byName(name).orElseThrow())));
        return Collections.unmodifiableMap(normalised);
    }

    /** A failure of the values together, named after the given key it is about. */
    private static ConfigValueException conflict(Map<String, String> values, InvalidValueException e) {
        if (values.containsKey(e.field())) {
            return new ConfigValueException(ocppKeyPath(e.field()), e.reason());
        }
        // A key left at its default does not fit a ...MaxLength that was given.
        Optional<ConfigurationKey> list = ConfigurationKey.byName(e.field());
        String limit = list.flatMap(ConfigurationKey::maxLengthKey).map(ConfigurationKey::keyName)
                .filter(values::containsKey)
                .orElseGet(() -> values.keySet().iterator().next());
        String what = list.filter(k -> k == ConfigurationKey.SupportedFeatureProfiles)
                .map(k -> k.keyName() + ", which follows from " + ConfigKey.FEATURE_PROFILES.dotted())
                .orElse("the default of " + e.field() + " (give " + e.field() + " too)");
        return new ConfigValueException(ocppKeyPath(limit), "is too small for " + what + ": " + e.reason());
    }

    private static int orderOf(String name) {
        return ConfigurationKey.byName(name).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static String unknownOcppKey(String name) {
        Map<String, String> suggestionByName = new LinkedHashMap<>();
        for (ConfigurationKey key : ConfigurationKey.values()) {
            suggestionByName.put(key.keyName(), key == ConfigurationKey.AuthorizationKey
                    ? ConfigKey.AUTHORIZATION_KEY.dotted() : key.keyName());
        }
        return "is not an OCPP 1.6 configuration key (names are case-sensitive)"
                + Suggestions.closest(name, suggestionByName.keySet())
                        .map(n -> ", did you mean " + suggestionByName.get(n) + "?").orElse("");
    }

    private static ConfigValueException derived(String name, ConfigKey source) {
        return new ConfigValueException(ocppKeyPath(name),
                "follows from " + source.dotted() + " and cannot be given here");
    }

    /**
     * The trust store named in the file: absent for an empty name; otherwise resolved against
     * {@code baseDirectory} (the configuration file's folder) and required to be a readable file.
     */
    static Optional<Path> trustStore(String value, Path baseDirectory) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = baseDirectory.resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigValueException(ConfigKey.TRUST_STORE.dotted(), "is not a valid path (" + e.getReason()
                    + "), was " + quote(value));
        }
        if (!Files.exists(file)) {
            throw new ConfigValueException(ConfigKey.TRUST_STORE.dotted(), "file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigValueException(ConfigKey.TRUST_STORE.dotted(), "is not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new ConfigValueException(ConfigKey.TRUST_STORE.dotted(), "file is not readable: " + file);
        }
        return Optional.of(file);
    }

    static String vendorId(String value) {
        return text(ConfigKey.VENDOR_ID, value, MAX_VENDOR_ID_LENGTH, true);
    }

    /** Absent answers every message of the vendor, so a given one must not be blank. */
    static String messageId(String value) {
        return text(ConfigKey.MESSAGE_ID, value, MAX_MESSAGE_ID_LENGTH, true);
    }

    static DataTransferStatus dataTransferStatus(String value) {
        return Arrays.stream(DataTransferStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new ConfigValueException(ConfigKey.STATUS.dotted(),
                        "must be " + oneOf(Arrays.stream(DataTransferStatus.values()).map(Enum::name).toList())
                                + ", was " + quote(value)));
    }

    static Duration firmwareStep(ConfigKey key, long seconds) {
        return Duration.ofSeconds(secondsBetween(key, seconds, 0));
    }

    static Duration firmwareStep(ConfigKey key, Duration value) {
        return firmwareStep(key, wholeSeconds(key, value));
    }

    /** {@code none}, {@code download} or {@code installation}: the enum's names in lower case. */
    static FirmwareFailure firmwareFailure(String value) {
        return Arrays.stream(FirmwareFailure.values()).filter(f -> failureName(f).equals(value)).findFirst()
                .orElseThrow(() -> new ConfigValueException(ConfigKey.FAIL.dotted(),
                        "must be " + oneOf(Arrays.stream(FirmwareFailure.values()).map(ConfigRules::failureName)
                                .toList()) + ", was " + quote(value)));
    }

    static String failureName(FirmwareFailure failure) {
        return failure.name().toLowerCase(Locale.ROOT);
    }

    // ---- [simulator.meter_config], beyond power and voltage ----

    static int meterPhases(long value) {
        return intBetween(ConfigKey.METER_PHASES, value, 1, 3);
    }

    static double powerFactor(double value) {
        return positiveUpTo(ConfigKey.POWER_FACTOR, value, 1);
    }

    static double frequencyHz(double value) {
        return positiveUpTo(ConfigKey.FREQUENCY_HZ, value, MAX_FREQUENCY_HZ);
    }

    static double noiseAmplitude(double value) {
        return decimalBetween(ConfigKey.NOISE_AMPLITUDE, value, 0, MeasurementNoise.MAX_RELATIVE_SIGMA);
    }

    static double driftRatePerHour(double value) {
        return decimalBetween(ConfigKey.DRIFT_RATE_PER_HOUR, value, 0, MAX_DRIFT_RATE_PER_HOUR);
    }

    static double driftBound(double value) {
        return decimalBetween(ConfigKey.DRIFT_BOUND, value, 0, Drift.MAX_BOUND);
    }

    static double ambientTemperatureC(double value) {
        return decimalBetween(ConfigKey.AMBIENT_TEMPERATURE_C, value, MIN_AMBIENT_C, MAX_AMBIENT_C);
    }

    static double temperatureRiseC(double value) {
        return decimalBetween(ConfigKey.TEMPERATURE_RISE_C, value, 0, MAX_TEMPERATURE_RISE_C);
    }

    static Duration thermalTimeConstant(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.THERMAL_TIME_CONSTANT_SECONDS, seconds, 1));
    }

    static Duration thermalTimeConstant(Duration value) {
        return thermalTimeConstant(wholeSeconds(ConfigKey.THERMAL_TIME_CONSTANT_SECONDS, value));
    }

    static Duration updateInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.UPDATE_INTERVAL_SECONDS, seconds, 1,
                MAX_UPDATE_INTERVAL));
    }

    static Duration updateInterval(Duration value) {
        return updateInterval(wholeSeconds(ConfigKey.UPDATE_INTERVAL_SECONDS, value));
    }

    // ---- [simulator.ev_config] ----

    static double batteryCapacityWh(double value) {
        return positiveUpTo(ConfigKey.BATTERY_CAPACITY_WH, value, MAX_BATTERY_CAPACITY_WH);
    }

    /** A state of charge in percent, 0 to 100. */
    static double soc(ConfigKey key, double value) {
        return decimalBetween(key, value, 0, 100);
    }

    static double evMaxPowerW(double value) {
        return positiveUpTo(ConfigKey.EV_MAX_POWER_W, value, MAX_CHARGING_POWER_W);
    }

    /** An on-board charger uses one phase or three. */
    static int evPhases(long value) {
        if (value != 1 && value != 3) {
            throw new ConfigValueException(ConfigKey.EV_PHASES.dotted(), "must be 1 or 3, was " + value);
        }
        return (int) value;
    }

    // ---- [simulator.charging_pattern] ----

    static ChargingPatternConfig.Type patternType(String value) {
        return Arrays.stream(ChargingPatternConfig.Type.values()).filter(type -> type.key().equals(value))
                .findFirst()
                .orElseThrow(() -> new ConfigValueException(ConfigKey.PATTERN_TYPE.dotted(), "must be "
                        + oneOf(Arrays.stream(ChargingPatternConfig.Type.values()).map(t -> "\"" + t.key() + "\"")
                                .toList()) + ", was " + quote(value)));
    }

    static double taperStartSoc(double value) {
        return soc(ConfigKey.TAPER_START_SOC, value);
    }

    /** The share of the power left at the target: above 0, so that the target is reached. */
    static double taperFloor(double value) {
        return positiveUpTo(ConfigKey.TAPER_FLOOR, value, 1);
    }

    static double setPoint(double value) {
        return decimalBetween(ConfigKey.SET_POINT, value, 0, 1);
    }

    static double amplitude(double value) {
        return decimalBetween(ConfigKey.AMPLITUDE, value, 0, 1);
    }

    /** The key path of a connector's pattern, e.g. {@code simulator.charging_pattern.connectors.2}. */
    static String connectorPatternPath(String name) {
        return ConfigSection.CONNECTOR_PATTERNS.dotted() + "." + Toml.joinKeyPath(List.of(name));
    }

    /** A table name of {@code [simulator.charging_pattern.connectors]}: a connector's number, 1 to N. */
    static int connectorNumber(int connectorCount, String name) {
        if (!CONNECTOR_NUMBER.matcher(name).matches()) {
            throw new ConfigValueException(connectorPatternPath(name),
                    "must be a connector number, 1 to " + connectorCount + ", was " + quote(name));
        }
        // More digits than any charge point has connectors: out of range, and maybe out of int.
        if (name.length() > 3 || Integer.parseInt(name) > connectorCount) {
            throw notAConnector(connectorCount, name);
        }
        return Integer.parseInt(name);
    }

    static void connectorInRange(int connectorCount, Integer connector) {
        if (connector == null || connector < 1 || connector > connectorCount) {
            throw notAConnector(connectorCount, String.valueOf(connector));
        }
    }

    private static ConfigValueException notAConnector(int connectorCount, String name) {
        return new ConfigValueException(connectorPatternPath(name), "names connector " + name
                + ", but the charge point has connectors 1 to " + connectorCount + " ("
                + ConfigKey.CONNECTOR_COUNT.dotted() + ")");
    }

    /** Every connector once, 1 to {@code connectorCount}; unmodifiable, by connector. */
    static Map<Integer, ChargingPatternConfig> connectorPatterns(int connectorCount,
            Map<Integer, ChargingPatternConfig> patterns) {
        if (patterns == null) {
            throw new ConfigValueException(ConfigSection.CONNECTOR_PATTERNS.dotted(), "is required");
        }
        Map<Integer, ChargingPatternConfig> sorted = new TreeMap<>();
        patterns.forEach((connector, pattern) -> {
            connectorInRange(connectorCount, connector);
            if (pattern == null) {
                throw new ConfigValueException(connectorPatternPath(connector.toString()), "is required");
            }
            sorted.put(connector, pattern);
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    // ---- [simulator.fault_config] ----

    static double faultProbability(double value) {
        return decimalBetween(ConfigKey.RANDOM_FAULT_PROBABILITY, value, 0, 1);
    }

    static Duration faultInterval(long seconds) {
        return Duration.ofSeconds(secondsBetween(ConfigKey.RANDOM_FAULT_INTERVAL_SECONDS, seconds, 1));
    }

    static Duration faultInterval(Duration value) {
        return faultInterval(wholeSeconds(ConfigKey.RANDOM_FAULT_INTERVAL_SECONDS, value));
    }

    /** {@code [min, max]} in seconds, each 0 to 24 h, min not above max. */
    static List<Duration> recoveryTimeRange(List<Long> seconds) {
        String key = ConfigKey.RECOVERY_TIME_RANGE.dotted();
        if (seconds.size() != 2) {
            throw new ConfigValueException(key, "must be two numbers of seconds, [shortest, longest], was "
                    + seconds.size() + (seconds.size() == 1 ? " number" : " numbers"));
        }
        long min = seconds.get(0);
        long max = seconds.get(1);
        for (long value : List.of(min, max)) {
            if (value < 0 || value > MAX_INTERVAL) {
                throw new ConfigValueException(key, "must hold seconds between 0 and " + MAX_INTERVAL + ", was "
                        + seconds);
            }
        }
        if (min > max) {
            throw new ConfigValueException(key, "must give the shortest time first, was " + seconds);
        }
        return List.of(Duration.ofSeconds(min), Duration.ofSeconds(max));
    }

    static List<Duration> recoveryTimeRange(Duration min, Duration max) {
        return recoveryTimeRange(List.of(wholeSeconds(ConfigKey.RECOVERY_TIME_RANGE, min),
                wholeSeconds(ConfigKey.RECOVERY_TIME_RANGE, max)));
    }

    /** The key path of a fault type, e.g. {@code simulator.fault_config.fault_types.OverVoltage}. */
    static String faultTypePath(String name) {
        return ConfigSection.FAULT_TYPES.dotted() + "." + Toml.joinKeyPath(List.of(name));
    }

    /** A ChargePointErrorCode by its OCPP name, case-sensitive; NoError is not a fault. */
    static ChargePointErrorCode errorCode(String name) {
        if (ChargePointErrorCode.NoError.name().equals(name)) {
            throw new ConfigValueException(faultTypePath(name), "NoError is not a fault");
        }
        List<String> faults = Arrays.stream(ChargePointErrorCode.values())
                .filter(code -> code != ChargePointErrorCode.NoError).map(Enum::name).toList();
        return Arrays.stream(ChargePointErrorCode.values()).filter(code -> code.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigValueException(faultTypePath(name),
                        "is not an OCPP 1.6 ChargePointErrorCode (names are case-sensitive)"
                                + Suggestions.closest(name, faults).map(n -> ", did you mean " + n + "?")
                                        .orElse("; the codes are " + String.join(", ", faults))));
    }

    static double faultWeight(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new ConfigValueException(faultTypePath(name), "must be a weight of 0 or more, was " + value);
        }
        return value;
    }

    /**
     * Every weight checked, at least one above 0; unmodifiable, in the order given (the order of
     * the file).
     */
    static Map<ChargePointErrorCode, Double> faultTypes(Map<ChargePointErrorCode, Double> weights) {
        String key = ConfigSection.FAULT_TYPES.dotted();
        if (weights == null || weights.keySet().stream().anyMatch(Objects::isNull)) {
            throw new ConfigValueException(key, "is required and must not name null");
        }
        Map<ChargePointErrorCode, Double> checked = new LinkedHashMap<>();
        weights.forEach((code, weight) -> {
            errorCode(code.name());
            if (weight == null) {
                throw new ConfigValueException(faultTypePath(code.name()), "is required");
            }
            checked.put(code, faultWeight(code.name(), weight));
        });
        if (checked.values().stream().noneMatch(weight -> weight > 0)) {
            throw new ConfigValueException(key, "must give at least one error code a weight above 0");
        }
        return Collections.unmodifiableMap(checked);
    }

    // ---- the domain's own rules ----

    /**
     * Builds a domain value, reporting a value it refuses against the key its field comes from;
     * a field without a key is reported against {@code section}.
     */
    static <T> T fromDomain(ConfigSection section, Map<String, String> keyPathByField, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String key = keyPathByField.get(e.field());
            throw key != null ? new ConfigValueException(key, e.reason())
                    : new ConfigValueException(section.dotted(), e.field() + " " + e.reason());
        }
    }

    /** "a, b or c". */
    static String oneOf(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    /** The value for a message: quoted, control characters shown as {@code ?}. */
    private static String quote(String value) {
        return "'" + value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "'";
    }

    private static int intBetween(ConfigKey key, long value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigValueException(key.dotted(), "must be between " + min + " and " + max + ", was " + value);
        }
        return (int) value;
    }

    private static long secondsBetween(ConfigKey key, long seconds, int min) {
        return secondsBetween(key, seconds, min, MAX_INTERVAL);
    }

    private static long secondsBetween(ConfigKey key, long seconds, int min, int max) {
        if (seconds < min || seconds > max) {
            throw new ConfigValueException(key.dotted(),
                    "must be between " + min + " and " + max + " seconds, was " + seconds);
        }
        return seconds;
    }

    private static double decimalBetween(ConfigKey key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ConfigValueException(key.dotted(),
                    "must be between " + decimal(min) + " and " + decimal(max) + ", was " + value);
        }
        return value;
    }

    /** A bound as people write it: {@code 100}, {@code 0.2}. */
    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static long wholeSeconds(ConfigKey key, Duration value) {
        required(key, value);
        if (value.getNano() != 0) {
            throw new ConfigValueException(key.dotted(), "must be a whole number of seconds, was " + value);
        }
        return value.getSeconds();
    }

    private static double positiveUpTo(ConfigKey key, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new ConfigValueException(key.dotted(),
                    "must be greater than 0 and at most " + decimal(max) + ", was " + value);
        }
        return value;
    }

    private static String text(ConfigKey key, String value, int maxLength, boolean mustNotBeBlank) {
        try {
            return mustNotBeBlank ? Checks.text(key.key(), value, maxLength)
                    : Checks.optionalText(key.key(), required(key, value), maxLength);
        } catch (InvalidValueException e) {
            throw new ConfigValueException(key.dotted(), e.reason());
        }
    }
}
