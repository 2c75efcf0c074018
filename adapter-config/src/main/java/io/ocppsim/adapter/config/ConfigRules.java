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
import java.util.Set;
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
    /** OCPP's DataTransfer.req limits: vendorId is a CiString255, messageId a CiString50. */
    static final int MAX_VENDOR_ID_LENGTH = 255;
    static final int MAX_MESSAGE_ID_LENGTH = 50;
    static final String TRUST_STORE_PASSWORD_WITHOUT_STORE =
            "is only used with a PKCS12 trust store; set simulator.tls.trust_store too";

    private static final int MAX_HOST_NAME_LENGTH = 253;
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
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
        if (seconds < min || seconds > MAX_INTERVAL) {
            throw new ConfigValueException(key.dotted(),
                    "must be between " + min + " and " + MAX_INTERVAL + " seconds, was " + seconds);
        }
        return seconds;
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
                    "must be greater than 0 and at most " + (long) max + ", was " + value);
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
