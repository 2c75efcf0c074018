package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.physics.ChargingPattern;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code [simulator]} table of {@code simulator.toml}: one simulated charge point and the API
 * that controls it. Immutable and always valid; {@link #defaults()} is what an empty file gives.
 * The {@code with…} methods validate like the loader and throw a {@link ConfigValueException}
 * naming the key. {@link #toString()} never shows the authorization key or the trust store
 * password.
 *
 * @param chargePointId the identity the charge point connects with
 * @param centralSystemUrl the Central System's ws:// or wss:// URL; empty means the built-in
 *     sandbox Central System
 * @param connectorCount 1 to 100
 * @param heartbeatInterval whole seconds, 1 s to 24 h; {@code HeartbeatInterval} in
 *     {@link #ocppConfiguration()} wins over it
 * @param meterValuesInterval whole seconds, 0 to 24 h; zero sends no MeterValues;
 *     {@code MeterValueSampleInterval} in {@link #ocppConfiguration()} wins over it
 * @param meterConfig the EVSE behind each connector and its meter
 * @param authorizationKey the HTTP Basic password of security profiles 1 and 2 (the user is the
 *     charge point id), 8 to 40 printable ASCII characters; empty: no authentication
 * @param featureProfiles the OCPP feature profiles the charge point supports, Core among them;
 *     unmodifiable
 * @param ocppConfiguration initial values of OCPP configuration keys by their OCPP names, valid
 *     as the charge point checks them and held in its normalised form, in the order of
 *     {@link io.ocppsim.domain.configuration.ConfigurationKey}; unmodifiable
 * @param dataTransferRules how DataTransfer requests of the Central System are answered, first
 *     match wins
 * @param seed where every random draw of the simulation starts (noise, drift, variable patterns,
 *     random faults): the same seed gives the same run; empty: a new seed at every start
 * @param evConfig the EV that plugs in when a plug-in does not describe one
 * @param chargingPattern how the EVs of every connector without its own pattern charge
 * @param connectorPatterns the connectors (1 to {@link #connectorCount()}) with a pattern of their
 *     own; unmodifiable, by connector
 * @param faultConfig faults that come and go by themselves
 */
public record SimulatorConfig(ChargePointId chargePointId, Optional<URI> centralSystemUrl, int connectorCount,
        Duration heartbeatInterval, Duration meterValuesInterval, VendorInfoConfig vendorInfo, ApiConfig apiConfig,
        MeterConfig meterConfig, Optional<String> authorizationKey, Set<FeatureProfile> featureProfiles,
        TlsConfig tls, Map<String, String> ocppConfiguration, List<DataTransferRuleConfig> dataTransferRules,
        FirmwareConfig firmware, OptionalLong seed, EvConfig evConfig, ChargingPatternConfig chargingPattern,
        Map<Integer, ChargingPatternConfig> connectorPatterns, FaultConfig faultConfig) {

    private static final SimulatorConfig DEFAULTS = new SimulatorConfig(ChargePointId.of("SIM001"), Optional.empty(),
            2, Duration.ofSeconds(300), Duration.ofSeconds(60), VendorInfoConfig.DEFAULTS, ApiConfig.DEFAULTS,
            MeterConfig.DEFAULTS);

    public SimulatorConfig {
        ConfigRules.required(ConfigKey.CHARGE_POINT_ID, chargePointId);
        ConfigRules.required(ConfigKey.CENTRAL_SYSTEM_URL, centralSystemUrl).ifPresent(ConfigRules::centralSystemUrl);
        connectorCount = ConfigRules.connectorCount(connectorCount);
        heartbeatInterval = ConfigRules.heartbeatInterval(heartbeatInterval);
        meterValuesInterval = ConfigRules.meterValuesInterval(meterValuesInterval);
        Objects.requireNonNull(vendorInfo, ConfigSection.VENDOR_INFO.dotted());
        Objects.requireNonNull(apiConfig, ConfigSection.API_CONFIG.dotted());
        Objects.requireNonNull(meterConfig, ConfigSection.METER_CONFIG.dotted());
        authorizationKey = ConfigRules.required(ConfigKey.AUTHORIZATION_KEY, authorizationKey)
                .map(ConfigRules::authorizationKey);
        featureProfiles = ConfigRules.featureProfiles(featureProfiles);
        Objects.requireNonNull(tls, ConfigSection.TLS.dotted());
        ocppConfiguration = ConfigRules.ocppConfiguration(connectorCount, featureProfiles, ocppConfiguration);
        dataTransferRules = List.copyOf(Objects.requireNonNull(dataTransferRules,
                ConfigSection.DATA_TRANSFER.dotted()));
        Objects.requireNonNull(firmware, ConfigSection.FIRMWARE.dotted());
        ConfigRules.required(ConfigKey.SEED, seed);
        Objects.requireNonNull(evConfig, ConfigSection.EV_CONFIG.dotted());
        Objects.requireNonNull(chargingPattern, ConfigSection.CHARGING_PATTERN.dotted());
        connectorPatterns = ConfigRules.connectorPatterns(connectorCount, connectorPatterns);
        Objects.requireNonNull(faultConfig, ConfigSection.FAULT_CONFIG.dotted());
    }

    /**
     * The keys this class had before the OCPP features; those take their defaults: no
     * authorization key, every feature profile, the JDK's trust, no initial OCPP configuration
     * values, no DataTransfer rules, firmware updates that succeed after 5 s + 5 s; and so do the
     * keys of realistic charging.
     */
    public SimulatorConfig(ChargePointId chargePointId, Optional<URI> centralSystemUrl, int connectorCount,
            Duration heartbeatInterval, Duration meterValuesInterval, VendorInfoConfig vendorInfo, ApiConfig apiConfig,
            MeterConfig meterConfig) {
        this(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval, meterValuesInterval, vendorInfo,
                apiConfig, meterConfig, Optional.empty(), EnumSet.allOf(FeatureProfile.class), TlsConfig.DEFAULTS,
                Map.of(), List.of(), FirmwareConfig.DEFAULTS, OptionalLong.empty(), EvConfig.DEFAULTS,
                ChargingPatternConfig.DEFAULTS, Map.of(), FaultConfig.DEFAULTS);
    }

    /** Every key at its default: what an empty {@code simulator.toml} gives. */
    public static SimulatorConfig defaults() {
        return DEFAULTS;
    }

    public SimulatorConfig withChargePointId(String value) {
        return new SimulatorConfig(ConfigRules.chargePointId(value), centralSystemUrl, connectorCount,
                heartbeatInterval, meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey,
                featureProfiles, tls, ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern,
                connectorPatterns, faultConfig);
    }

    /** A {@code null}, empty or blank URL selects the built-in sandbox Central System. */
    public SimulatorConfig withCentralSystemUrl(String value) {
        return new SimulatorConfig(chargePointId, ConfigRules.centralSystemUrl(value), connectorCount,
                heartbeatInterval, meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey,
                featureProfiles, tls, ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern,
                connectorPatterns, faultConfig);
    }

    public SimulatorConfig withConnectorCount(int value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, value, heartbeatInterval, meterValuesInterval,
                vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls, ocppConfiguration,
                dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns, faultConfig);
    }

    public SimulatorConfig withHeartbeatInterval(Duration value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, value, meterValuesInterval,
                vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls, ocppConfiguration,
                dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns, faultConfig);
    }

    public SimulatorConfig withMeterValuesInterval(Duration value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval, value,
                vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls, ocppConfiguration,
                dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns, faultConfig);
    }

    public SimulatorConfig withVendorInfo(VendorInfoConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, value, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    public SimulatorConfig withApiConfig(ApiConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, value, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    public SimulatorConfig withMeterConfig(MeterConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, value, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    /** A {@code null} value removes the key: no authentication. */
    public SimulatorConfig withAuthorizationKey(String value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, Optional.ofNullable(value), featureProfiles,
                tls, ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern,
                connectorPatterns, faultConfig);
    }

    public SimulatorConfig withFeatureProfiles(Set<FeatureProfile> value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, value, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    public SimulatorConfig withTls(TlsConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, value,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    /** Replaces every initial OCPP configuration value; see {@link #ocppConfiguration()}. */
    public SimulatorConfig withOcppConfiguration(Map<String, String> value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                value, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns, faultConfig);
    }

    public SimulatorConfig withDataTransferRules(List<DataTransferRuleConfig> value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, value, firmware, seed, evConfig, chargingPattern, connectorPatterns, faultConfig);
    }

    public SimulatorConfig withFirmware(FirmwareConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, value, seed, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    /** An empty value removes the seed: every start draws a new one. */
    public SimulatorConfig withSeed(OptionalLong value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, value, evConfig, chargingPattern, connectorPatterns,
                faultConfig);
    }

    public SimulatorConfig withEvConfig(EvConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, value, chargingPattern, connectorPatterns,
                faultConfig);
    }

    public SimulatorConfig withChargingPattern(ChargingPatternConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, value, connectorPatterns,
                faultConfig);
    }

    /** Replaces every connector's own pattern; see {@link #connectorPatterns()}. */
    public SimulatorConfig withConnectorPatterns(Map<Integer, ChargingPatternConfig> value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, value, faultConfig);
    }

    public SimulatorConfig withFaultConfig(FaultConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, meterConfig, authorizationKey, featureProfiles, tls,
                ocppConfiguration, dataTransferRules, firmware, seed, evConfig, chargingPattern, connectorPatterns,
                value);
    }

    /** Changes only the REST API's port. */
    public SimulatorConfig withApiPort(int port) {
        return withApiConfig(apiConfig.withPort(port));
    }

    /** Changes where the REST API listens, as the CLI's {@code --bind host:port} does. */
    public SimulatorConfig withBind(String host, int port) {
        return withApiConfig(new ApiConfig(host, port, apiConfig.enableCors()));
    }

    /**
     * The application's settings for this charge point; every setting the file has no key for
     * keeps the application's default, the seed among them when the file has none. The initial
     * OCPP configuration values go over as they are: the application lets them win over
     * {@link #heartbeatInterval()} and {@link #meterValuesInterval()}.
     *
     * @param sandboxUrl the built-in sandbox Central System's URL, used when
     *     {@link #centralSystemUrl()} is empty
     */
    public ChargePointSettings toChargePointSettings(URI sandboxUrl) {
        Objects.requireNonNull(sandboxUrl, "sandboxUrl");
        Map<Integer, ChargingPattern> patterns = new LinkedHashMap<>();
        connectorPatterns.forEach((connector, pattern) -> patterns.put(connector, pattern.toChargingPattern()));
        ChargePointSettings.Builder builder = ChargePointSettings.builder(chargePointId,
                        centralSystemUrl.orElse(sandboxUrl))
                .vendorInfo(vendorInfo.toVendorInfo())
                .connectorCount(connectorCount)
                .authorizationKey(authorizationKey.orElse(null))
                .heartbeatInterval(heartbeatInterval)
                .meterValueSampleInterval(meterValuesInterval)
                .charging(new ChargingSetup(meterConfig.toMeterSetup(), chargingPattern.toChargingPattern(),
                        evConfig.toEvProfile()))
                .connectorPatterns(patterns)
                .randomFaults(faultConfig.toRandomFaultPolicy())
                .featureProfiles(featureProfiles)
                .tls(tls.toTls())
                .ocppConfiguration(ocppConfiguration)
                .dataTransferRules(dataTransferRules.stream().map(DataTransferRuleConfig::toRule).toList())
                .firmware(firmware.toFirmwareSimulation());
        seed.ifPresent(builder::seed);
        return builder.build();
    }

    /** Every value but the secrets: of the authorization key only whether there is one. */
    @Override
    public String toString() {
        return "SimulatorConfig[chargePointId=" + chargePointId + ", centralSystemUrl="
                + centralSystemUrl.map(URI::toString).orElse("sandbox") + ", connectorCount=" + connectorCount
                + ", heartbeatInterval=" + heartbeatInterval + ", meterValuesInterval=" + meterValuesInterval
                + ", vendorInfo=" + vendorInfo + ", apiConfig=" + apiConfig + ", meterConfig=" + meterConfig
                + (authorizationKey.isPresent() ? ", with authorizationKey" : "")
                + ", featureProfiles=" + featureProfiles + ", tls=" + tls + ", ocppConfiguration=" + ocppConfiguration
                + ", dataTransferRules=" + dataTransferRules + ", firmware=" + firmware
                + ", seed=" + (seed.isPresent() ? Long.toString(seed.getAsLong()) : "random") + ", evConfig=" + evConfig
                + ", chargingPattern=" + chargingPattern + ", connectorPatterns=" + connectorPatterns
                + ", faultConfig=" + faultConfig + "]";
    }
}
