package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.meter.Power;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code [simulator]} table of {@code simulator.toml}: one simulated charge point and the API
 * that controls it. Immutable and always valid; {@link #defaults()} is what an empty file gives.
 * The {@code with…} methods validate like the loader and throw a {@link ConfigValueException}
 * naming the key.
 *
 * @param chargePointId the identity the charge point connects with
 * @param centralSystemUrl the Central System's ws:// or wss:// URL; empty means the built-in
 *     sandbox Central System
 * @param connectorCount 1 to 100
 * @param heartbeatInterval whole seconds, 1 s to 24 h
 * @param meterValuesInterval whole seconds, 0 to 24 h; zero sends no MeterValues
 */
public record SimulatorConfig(ChargePointId chargePointId, Optional<URI> centralSystemUrl, int connectorCount,
        Duration heartbeatInterval, Duration meterValuesInterval, VendorInfoConfig vendorInfo, ApiConfig apiConfig,
        MeterConfig meterConfig) {

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
    }

    /** Every key at its default: what an empty {@code simulator.toml} gives. */
    public static SimulatorConfig defaults() {
        return DEFAULTS;
    }

    public SimulatorConfig withChargePointId(String value) {
        return new SimulatorConfig(ConfigRules.chargePointId(value), centralSystemUrl, connectorCount,
                heartbeatInterval, meterValuesInterval, vendorInfo, apiConfig, meterConfig);
    }

    /** A {@code null}, empty or blank URL selects the built-in sandbox Central System. */
    public SimulatorConfig withCentralSystemUrl(String value) {
        return new SimulatorConfig(chargePointId, ConfigRules.centralSystemUrl(value), connectorCount,
                heartbeatInterval, meterValuesInterval, vendorInfo, apiConfig, meterConfig);
    }

    public SimulatorConfig withConnectorCount(int value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, value, heartbeatInterval, meterValuesInterval,
                vendorInfo, apiConfig, meterConfig);
    }

    public SimulatorConfig withHeartbeatInterval(Duration value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, value, meterValuesInterval,
                vendorInfo, apiConfig, meterConfig);
    }

    public SimulatorConfig withMeterValuesInterval(Duration value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval, value,
                vendorInfo, apiConfig, meterConfig);
    }

    public SimulatorConfig withVendorInfo(VendorInfoConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, value, apiConfig, meterConfig);
    }

    public SimulatorConfig withApiConfig(ApiConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, value, meterConfig);
    }

    public SimulatorConfig withMeterConfig(MeterConfig value) {
        return new SimulatorConfig(chargePointId, centralSystemUrl, connectorCount, heartbeatInterval,
                meterValuesInterval, vendorInfo, apiConfig, value);
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
     * keeps the application's default.
     *
     * @param sandboxUrl the built-in sandbox Central System's URL, used when
     *     {@link #centralSystemUrl()} is empty
     */
    public ChargePointSettings toChargePointSettings(URI sandboxUrl) {
        Objects.requireNonNull(sandboxUrl, "sandboxUrl");
        return ChargePointSettings.builder(chargePointId, centralSystemUrl.orElse(sandboxUrl))
                .vendorInfo(vendorInfo.toVendorInfo())
                .connectorCount(connectorCount)
                .heartbeatInterval(heartbeatInterval)
                .meterValueSampleInterval(meterValuesInterval)
                .maxChargingPower(Power.ofWatts(meterConfig.maxChargingPowerW()))
                .build();
    }
}
