package io.ocppsim.domain.configuration;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.meter.Measurand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The live OCPP 1.6 configuration of one charge point: a value for every {@link ConfigurationKey},
 * kept in its normalised string form, with ChangeConfiguration and GetConfiguration on top and
 * typed getters for the application.
 *
 * <p>Every key starts with a default, which the deployment may override with initial values:
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>Key</th><th>Default</th></tr>
 * <tr><td>AllowOfflineTxForUnknownId</td><td>false</td></tr>
 * <tr><td>AuthorizationCacheEnabled</td><td>true</td></tr>
 * <tr><td>AuthorizeRemoteTxRequests</td><td>false</td></tr>
 * <tr><td>BlinkRepeat</td><td>3</td></tr>
 * <tr><td>ClockAlignedDataInterval</td><td>0 (no clock-aligned readings)</td></tr>
 * <tr><td>ConnectionTimeOut</td><td>60</td></tr>
 * <tr><td>ConnectorPhaseRotation</td><td>{@code 0.RST,1.RST,...} for connector 0 and every
 *     connector; only {@code 0.RST} when that list would not fit the 500 characters of a value
 *     (73 connectors or more)</td></tr>
 * <tr><td>ConnectorPhaseRotationMaxLength</td><td>connector count + 1</td></tr>
 * <tr><td>GetConfigurationMaxKeys</td><td>50</td></tr>
 * <tr><td>HeartbeatInterval</td><td>300</td></tr>
 * <tr><td>LightIntensity</td><td>50</td></tr>
 * <tr><td>LocalAuthorizeOffline</td><td>true</td></tr>
 * <tr><td>LocalPreAuthorize</td><td>false</td></tr>
 * <tr><td>MaxEnergyOnInvalidId</td><td>0</td></tr>
 * <tr><td>MeterValuesAlignedData</td><td>Energy.Active.Import.Register</td></tr>
 * <tr><td>MeterValuesAlignedDataMaxLength</td><td>22 (every measurand)</td></tr>
 * <tr><td>MeterValuesSampledData</td><td>Energy.Active.Import.Register,Power.Active.Import</td></tr>
 * <tr><td>MeterValuesSampledDataMaxLength</td><td>22</td></tr>
 * <tr><td>MeterValueSampleInterval</td><td>60</td></tr>
 * <tr><td>MinimumStatusDuration</td><td>0 (report every status at once)</td></tr>
 * <tr><td>NumberOfConnectors</td><td>the connector count (cannot be overridden)</td></tr>
 * <tr><td>ResetRetries</td><td>1</td></tr>
 * <tr><td>StopTransactionOnEVSideDisconnect</td><td>true</td></tr>
 * <tr><td>StopTransactionOnInvalidId</td><td>true</td></tr>
 * <tr><td>StopTxnAlignedData</td><td>empty (none)</td></tr>
 * <tr><td>StopTxnAlignedDataMaxLength</td><td>22</td></tr>
 * <tr><td>StopTxnSampledData</td><td>empty (none)</td></tr>
 * <tr><td>StopTxnSampledDataMaxLength</td><td>22</td></tr>
 * <tr><td>SupportedFeatureProfiles</td><td>the supported profiles, in {@link FeatureProfile} order
 *     (cannot be overridden)</td></tr>
 * <tr><td>SupportedFeatureProfilesMaxLength</td><td>6</td></tr>
 * <tr><td>TransactionMessageAttempts</td><td>3</td></tr>
 * <tr><td>TransactionMessageRetryInterval</td><td>60</td></tr>
 * <tr><td>UnlockConnectorOnEVSideDisconnect</td><td>true</td></tr>
 * <tr><td>WebSocketPingInterval</td><td>0 (no pings)</td></tr>
 * <tr><td>LocalAuthListEnabled</td><td>true</td></tr>
 * <tr><td>LocalAuthListMaxLength</td><td>100</td></tr>
 * <tr><td>SendLocalListMaxLength</td><td>100</td></tr>
 * <tr><td>ReserveConnectorZeroSupported</td><td>true</td></tr>
 * <tr><td>ChargeProfileMaxStackLevel</td><td>10</td></tr>
 * <tr><td>ChargingScheduleAllowedChargingRateUnit</td><td>Current,Power</td></tr>
 * <tr><td>ChargingScheduleMaxPeriods</td><td>24</td></tr>
 * <tr><td>ConnectorSwitch3to1PhaseSupported</td><td>false</td></tr>
 * <tr><td>MaxChargingProfilesInstalled</td><td>20</td></tr>
 * <tr><td>AuthorizationKey</td><td>absent</td></tr>
 * </table>
 *
 * <p>Values are stored normalised: booleans in lower case, integers without leading zeros, list
 * items without the blanks around them, charging rate units as {@code Current,Power}. The keys of
 * a feature profile the charge point does not support still hold their values, so the getters
 * work, but ChangeConfiguration and GetConfiguration treat them as unknown. The AuthorizationKey
 * can be written but never read back through GetConfiguration or {@link #toString()}.
 *
 * <p>Not thread-safe: the application guards it.
 */
public final class OcppConfiguration {

    /** What ChangeConfiguration answers, spelled as in OCPP 1.6. */
    public enum ConfigurationStatus {
        /** The value is stored and in force. */
        Accepted,
        /** The key is read-only or the value is not acceptable; nothing changed. */
        Rejected,
        /** The value is stored and takes effect after a reboot. */
        RebootRequired,
        /** The charge point does not know the key. */
        NotSupported
    }

    /**
     * The outcome of a ChangeConfiguration: its status and, unless Accepted, why (the reason is
     * for people and logs; OCPP only carries the status).
     */
    public record ConfigurationChange(ConfigurationStatus status, String reason) {

        public ConfigurationChange {
            Checks.required("status", status);
            if (status == ConfigurationStatus.Accepted && reason != null) {
                throw new InvalidValueException("reason", "must be absent when Accepted");
            }
            if (status != ConfigurationStatus.Accepted && (reason == null || reason.isBlank())) {
                throw new InvalidValueException("reason", "is required unless Accepted");
            }
        }

        public static ConfigurationChange accepted() {
            return new ConfigurationChange(ConfigurationStatus.Accepted, null);
        }
    }

    /**
     * A GetConfiguration answer: the known keys asked for, with their values, and the names asked
     * for that this charge point does not know.
     */
    public record ConfigurationReport(List<ConfigurationEntry> entries, List<String> unknownKeys) {

        public ConfigurationReport {
            entries = List.copyOf(Checks.required("entries", entries));
            unknownKeys = List.copyOf(Checks.required("unknownKeys", unknownKeys));
        }
    }

    /** One key of a GetConfiguration answer, as on the wire. */
    public record ConfigurationEntry(String key, boolean readOnly, String value) {

        public ConfigurationEntry {
            Checks.text("key", key, 50);
            Checks.optionalText("value", value, ConfigurationValues.MAX_VALUE_LENGTH);
        }
    }

    private final int connectorCount;
    private final Set<FeatureProfile> profiles;
    private final Map<ConfigurationKey, String> values = new EnumMap<>(ConfigurationKey.class);
    private final Set<ConfigurationKey> awaitingReboot = EnumSet.noneOf(ConfigurationKey.class);

    /**
     * The defaults listed above, overridden by {@code initialValues}.
     *
     * @param connectorCount the physical connectors, 1 to {@value ConnectorId#MAX}; NumberOfConnectors
     * @param profiles the supported feature profiles, Core among them; SupportedFeatureProfiles
     * @param initialValues key name to value; read-only keys may be set this way (that is how a
     *     deployment gives them), except NumberOfConnectors and SupportedFeatureProfiles, which
     *     follow from the other arguments
     * @throws InvalidValueException for a bad connector count or profile set (field
     *     {@code connectorCount} or {@code profiles}), and for an unknown key, a derived key or a value
     *     of the wrong type or range (field = the key name)
     */
    public OcppConfiguration(int connectorCount, Set<FeatureProfile> profiles, Map<String, String> initialValues) {
        if (connectorCount < 1 || connectorCount > ConnectorId.MAX) {
            throw new InvalidValueException("connectorCount",
                    "must be between 1 and " + ConnectorId.MAX + ", was " + connectorCount);
        }
        Checks.required("profiles", profiles);
        if (profiles.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("profiles", "must not contain null");
        }
        if (!profiles.contains(FeatureProfile.Core)) {
            throw new InvalidValueException("profiles", "must contain Core");
        }
        Checks.required("initialValues", initialValues);
        this.connectorCount = connectorCount;
        this.profiles = Collections.unmodifiableSet(EnumSet.copyOf(profiles));

        Map<ConfigurationKey, String> given = defaults(connectorCount, this.profiles);
        initialValues.forEach((name, value) -> {
            if (name == null) {
                throw new InvalidValueException("initialValues", "must not contain a null key");
            }
            ConfigurationKey key = ConfigurationKey.byName(name).orElseThrow(
                    () -> new InvalidValueException(name, "is not an OCPP 1.6 configuration key"));
            if (key == ConfigurationKey.NumberOfConnectors || key == ConfigurationKey.SupportedFeatureProfiles) {
                throw new InvalidValueException(name,
                        "follows from the charge point's connectors and profiles and cannot be given");
            }
            given.put(key, value);
        });
        // The integers first: the list keys are checked against the ...MaxLength keys.
        given.forEach((key, value) -> {
            if (key.type() == ValueType.INTEGER) {
                values.put(key, ConfigurationValues.normalise(key, value, connectorCount, this::integer));
            }
        });
        given.forEach((key, value) -> {
            if (key.type() != ValueType.INTEGER) {
                values.put(key, ConfigurationValues.normalise(key, value, connectorCount, this::integer));
            }
        });
    }

    private static Map<ConfigurationKey, String> defaults(int connectorCount, Set<FeatureProfile> profiles) {
        String measurandCount = Integer.toString(Measurand.values().length);
        Map<ConfigurationKey, String> defaults = new EnumMap<>(ConfigurationKey.class);
        for (ConfigurationKey key : ConfigurationKey.values()) {
            String value = switch (key) {
                case AllowOfflineTxForUnknownId, AuthorizeRemoteTxRequests, LocalPreAuthorize,
                        ConnectorSwitch3to1PhaseSupported -> "false";
                case AuthorizationCacheEnabled, LocalAuthorizeOffline, StopTransactionOnEVSideDisconnect,
                        StopTransactionOnInvalidId, UnlockConnectorOnEVSideDisconnect, LocalAuthListEnabled,
                        ReserveConnectorZeroSupported -> "true";
                case BlinkRepeat -> "3";
                case ClockAlignedDataInterval, MaxEnergyOnInvalidId, MinimumStatusDuration,
                        WebSocketPingInterval -> "0";
                case ConnectionTimeOut, MeterValueSampleInterval, TransactionMessageRetryInterval -> "60";
                case ConnectorPhaseRotation -> defaultPhaseRotation(connectorCount);
                case ConnectorPhaseRotationMaxLength -> Integer.toString(connectorCount + 1);
                case GetConfigurationMaxKeys -> "50";
                case HeartbeatInterval -> "300";
                case LightIntensity -> "50";
                case MeterValuesAlignedData -> Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.label();
                case MeterValuesSampledData -> Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.label() + ","
                        + Measurand.POWER_ACTIVE_IMPORT.label();
                case MeterValuesAlignedDataMaxLength, MeterValuesSampledDataMaxLength, StopTxnAlignedDataMaxLength,
                        StopTxnSampledDataMaxLength -> measurandCount;
                case NumberOfConnectors -> Integer.toString(connectorCount);
                case ResetRetries -> "1";
                case StopTxnAlignedData, StopTxnSampledData -> "";
                case SupportedFeatureProfiles -> ConfigurationValues.profileNames(profiles);
                case SupportedFeatureProfilesMaxLength -> Integer.toString(FeatureProfile.values().length);
                case TransactionMessageAttempts -> "3";
                case LocalAuthListMaxLength, SendLocalListMaxLength -> "100";
                case ChargeProfileMaxStackLevel -> "10";
                case ChargingScheduleAllowedChargingRateUnit -> "Current,Power";
                case ChargingScheduleMaxPeriods -> "24";
                case MaxChargingProfilesInstalled -> "20";
                case AuthorizationKey -> null;
            };
            if (value != null) {
                defaults.put(key, value);
            }
        }
        return defaults;
    }

    private static String defaultPhaseRotation(int connectorCount) {
        StringJoiner all = new StringJoiner(",");
        for (int connector = 0; connector <= connectorCount; connector++) {
            all.add(connector + "." + PhaseRotation.RST.name());
        }
        return all.length() <= ConfigurationValues.MAX_VALUE_LENGTH ? all.toString() : "0." + PhaseRotation.RST.name();
    }

    /**
     * ChangeConfiguration. A key this charge point does not know (unknown, or of a profile it does
     * not support) is NotSupported; a read-only key and a bad value are Rejected with a reason
     * saying why; a key that needs a reboot stores the value and answers RebootRequired; any other
     * key stores the normalised value and answers Accepted. Key names are case-sensitive.
     */
    public ConfigurationChange change(String key, String value) {
        Optional<ConfigurationKey> found = ConfigurationKey.byName(key);
        if (found.isEmpty()) {
            return new ConfigurationChange(ConfigurationStatus.NotSupported, "unknown configuration key");
        }
        ConfigurationKey configurationKey = found.get();
        if (!supports(configurationKey.profile())) {
            return new ConfigurationChange(ConfigurationStatus.NotSupported, key + " belongs to feature profile "
                    + configurationKey.profile() + ", which this charge point does not support");
        }
        if (configurationKey.readOnly()) {
            return new ConfigurationChange(ConfigurationStatus.Rejected, key + " is read-only");
        }
        String normalised;
        try {
            normalised = ConfigurationValues.normalise(configurationKey, value, connectorCount, this::integer);
        } catch (InvalidValueException e) {
            return new ConfigurationChange(ConfigurationStatus.Rejected, e.getMessage());
        }
        values.put(configurationKey, normalised);
        if (configurationKey.rebootRequired()) {
            awaitingReboot.add(configurationKey);
            return new ConfigurationChange(ConfigurationStatus.RebootRequired,
                    key + " is stored and takes effect after a reboot");
        }
        return ConfigurationChange.accepted();
    }

    /**
     * GetConfiguration. Without keys ({@code null} or empty): every readable key of a supported
     * profile, in {@link ConfigurationKey} order. With keys: the known ones in the order asked,
     * each once, and the other names, each once, in {@code unknownKeys}. The AuthorizationKey is
     * never listed; asked for by name it is neither listed nor unknown.
     */
    public ConfigurationReport report(List<String> keys) {
        List<ConfigurationEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (keys == null || keys.isEmpty()) {
            for (ConfigurationKey key : ConfigurationKey.values()) {
                if (supports(key.profile()) && !key.writeOnly()) {
                    entries.add(entry(key));
                }
            }
            return new ConfigurationReport(entries, unknown);
        }
        if (keys.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("keys", "must not contain null");
        }
        for (String name : new LinkedHashSet<>(keys)) {
            Optional<ConfigurationKey> key = ConfigurationKey.byName(name).filter(k -> supports(k.profile()));
            if (key.isEmpty()) {
                unknown.add(name);
            } else if (!key.get().writeOnly()) {
                entries.add(entry(key.get()));
            }
        }
        return new ConfigurationReport(entries, unknown);
    }

    private ConfigurationEntry entry(ConfigurationKey key) {
        return new ConfigurationEntry(key.keyName(), key.readOnly(), values.get(key));
    }

    /**
     * The stored value of a key, whether or not its profile is supported.
     *
     * @throws IllegalArgumentException for the write-only AuthorizationKey: use {@link #authorizationKey()}
     */
    public String value(ConfigurationKey key) {
        Objects.requireNonNull(key, "key");
        if (key.writeOnly()) {
            throw new IllegalArgumentException(key + " is write-only; use authorizationKey()");
        }
        return values.get(key);
    }

    /**
     * The value of a {@link ValueType#BOOLEAN} key.
     *
     * @throws IllegalArgumentException for a key of another type
     */
    public boolean flag(ConfigurationKey key) {
        return Boolean.parseBoolean(valueOfType(key, ValueType.BOOLEAN));
    }

    /**
     * The value of an {@link ValueType#INTEGER} key.
     *
     * @throws IllegalArgumentException for a key of another type
     */
    public int integer(ConfigurationKey key) {
        return Integer.parseInt(valueOfType(key, ValueType.INTEGER));
    }

    /**
     * The value of an {@link ValueType#INTEGER} key as seconds, meant for the intervals.
     *
     * @throws IllegalArgumentException for a key of another type
     */
    public Duration seconds(ConfigurationKey key) {
        return Duration.ofSeconds(integer(key));
    }

    /**
     * The measurands of a {@link ValueType#MEASURAND_LIST} key, in their configured order; empty
     * for none.
     *
     * @throws IllegalArgumentException for a key of another type
     */
    public List<Measurand> measurands(ConfigurationKey key) {
        return ConfigurationValues.measurands(valueOfType(key, ValueType.MEASURAND_LIST));
    }

    /** The ConnectorPhaseRotation, by connector id (ascending); connectors it does not name are absent. */
    public Map<ConnectorId, PhaseRotation> phaseRotations() {
        return ConfigurationValues.phaseRotations(values.get(ConfigurationKey.ConnectorPhaseRotation));
    }

    /** The HTTP Basic password for security profiles 1 and 2, if one was given. */
    public Optional<String> authorizationKey() {
        return Optional.ofNullable(values.get(ConfigurationKey.AuthorizationKey));
    }

    /** The supported feature profiles, Core among them; unmodifiable. */
    public Set<FeatureProfile> supportedProfiles() {
        return profiles;
    }

    public boolean supports(FeatureProfile profile) {
        return profiles.contains(profile);
    }

    /** The number of physical connectors (NumberOfConnectors). */
    public int connectorCount() {
        return connectorCount;
    }

    /**
     * Whether the key's last accepted change awaits a reboot to take effect: true after
     * ChangeConfiguration answered RebootRequired for it, until {@link #rebooted()}.
     */
    public boolean awaitsReboot(ConfigurationKey key) {
        return awaitingReboot.contains(key);
    }

    /** Tells the configuration that the charge point rebooted: every stored change is now in force. */
    public void rebooted() {
        awaitingReboot.clear();
    }

    private String valueOfType(ConfigurationKey key, ValueType type) {
        Objects.requireNonNull(key, "key");
        if (key.type() != type) {
            throw new IllegalArgumentException(key + " holds " + key.type() + ", not " + type);
        }
        return values.get(key);
    }

    /** Every readable value, by key; never the AuthorizationKey, only whether one is set. */
    @Override
    public String toString() {
        StringJoiner shown = new StringJoiner(", ", "{", "}");
        values.forEach((key, value) -> {
            if (!key.writeOnly()) {
                shown.add(key + "=" + value);
            }
        });
        return "OcppConfiguration[connectors=" + connectorCount + ", profiles=" + profiles + ", values=" + shown
                + (authorizationKey().isPresent() ? ", with AuthorizationKey" : "") + "]";
    }
}
