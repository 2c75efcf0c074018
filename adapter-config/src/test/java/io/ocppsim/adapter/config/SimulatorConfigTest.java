package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.meter.Power;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    private static final SimulatorConfig DEFAULTS = SimulatorConfig.defaults();
    private static final URI SANDBOX = URI.create("ws://127.0.0.1:18080/ocpp");

    private static void assertRejected(ThrowingCallable change, String key, String reason) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(ConfigValueException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.reason()).isEqualTo(reason);
                })
                .hasMessage(key + ": " + reason);
    }

    @Test
    void withersChangeOnlyTheirValue() {
        SimulatorConfig changed = DEFAULTS.withConnectorCount(4)
                .withCentralSystemUrl("wss://cs.example.com/ocpp")
                .withChargePointId("CP001")
                .withApiPort(9090);

        assertThat(changed).isEqualTo(new SimulatorConfig(ChargePointId.of("CP001"),
                Optional.of(URI.create("wss://cs.example.com/ocpp")), 4, Duration.ofSeconds(300),
                Duration.ofSeconds(60), VendorInfoConfig.DEFAULTS, new ApiConfig("127.0.0.1", 9090, true),
                MeterConfig.DEFAULTS));
        assertThat(DEFAULTS.connectorCount()).isEqualTo(2);
    }

    @Test
    void withBindSetsHostAndPortAndKeepsCors() {
        SimulatorConfig changed = DEFAULTS.withApiConfig(ApiConfig.DEFAULTS.withEnableCors(false))
                .withBind("0.0.0.0", 8082);

        assertThat(changed.apiConfig()).isEqualTo(new ApiConfig("0.0.0.0", 8082, false));
    }

    @Test
    void withBindTakesBracketedIpv6() {
        assertThat(DEFAULTS.withBind("[::1]", 8081).apiConfig().bindAddress()).isEqualTo("::1");
    }

    @Test
    void anEmptyOrNullUrlSelectsTheSandbox() {
        SimulatorConfig withUrl = DEFAULTS.withCentralSystemUrl("ws://localhost:8080");

        assertThat(withUrl.withCentralSystemUrl("").centralSystemUrl()).isEmpty();
        assertThat(withUrl.withCentralSystemUrl(null).centralSystemUrl()).isEmpty();
    }

    @Test
    void withersValidateLikeTheLoaderAndNameTheKey() {
        assertRejected(() -> DEFAULTS.withConnectorCount(0), "simulator.connector_count",
                "must be between 1 and 100, was 0");
        assertRejected(() -> DEFAULTS.withConnectorCount(101), "simulator.connector_count",
                "must be between 1 and 100, was 101");
        assertRejected(() -> DEFAULTS.withCentralSystemUrl("http://cs.example.com"), "simulator.central_system_url",
                "must be a ws:// or wss:// URL with a host, was 'http://cs.example.com'");
        assertRejected(() -> DEFAULTS.withChargePointId("CP/001"), "simulator.charge_point_id",
                "may contain letters, digits and * - _ = + @ . ~ only, found '/'");
        assertRejected(() -> DEFAULTS.withChargePointId(null), "simulator.charge_point_id", "is required");
        assertRejected(() -> DEFAULTS.withApiPort(70_000), "simulator.api_config.port",
                "must be between 0 and 65535, was 70000");
        assertRejected(() -> DEFAULTS.withBind("not a host", 8081), "simulator.api_config.bind_address",
                "must be a host name or an IP address, was 'not a host'");
        assertRejected(() -> DEFAULTS.withBind("0.0.0.0", -1), "simulator.api_config.port",
                "must be between 0 and 65535, was -1");
        assertThat(DEFAULTS.withApiPort(0).apiConfig().port()).isZero();
        assertRejected(() -> DEFAULTS.withHeartbeatInterval(Duration.ofMillis(1500)), "simulator.heartbeat_interval",
                "must be a whole number of seconds, was PT1.5S");
        assertRejected(() -> DEFAULTS.withHeartbeatInterval(Duration.ZERO), "simulator.heartbeat_interval",
                "must be between 1 and 86400 seconds, was 0");
        assertRejected(() -> DEFAULTS.withMeterValuesInterval(Duration.ofDays(2)), "simulator.meter_values_interval",
                "must be between 0 and 86400 seconds, was 172800");
    }

    @Test
    void theSectionRecordsValidateToo() {
        assertRejected(() -> new VendorInfoConfig("v".repeat(21), "m", "f"), "simulator.vendor_info.charge_point_vendor",
                "must be at most 20 characters, was 21");
        assertRejected(() -> new VendorInfoConfig("v", "m", null), "simulator.vendor_info.firmware_version",
                "is required");
        assertRejected(() -> new MeterConfig(Double.NaN, 230, true, true), "simulator.meter_config.max_charging_power_w",
                "must be greater than 0 and at most 1000000, was NaN");
        assertRejected(() -> new MeterConfig(7360, 0, true, true), "simulator.meter_config.voltage_v",
                "must be greater than 0 and at most 1000, was 0.0");
        assertRejected(() -> new SimulatorConfig(ChargePointId.of("X"), Optional.of(URI.create("ftp://x")), 1,
                Duration.ofSeconds(1), Duration.ZERO, VendorInfoConfig.DEFAULTS, ApiConfig.DEFAULTS, MeterConfig.DEFAULTS),
                "simulator.central_system_url", "must be a ws:// or wss:// URL with a host, was 'ftp://x'");
    }

    @Test
    void toChargePointSettingsUsesTheSandboxWithoutAUrl() {
        ChargePointSettings settings = DEFAULTS.toChargePointSettings(SANDBOX);

        assertThat(settings.id()).isEqualTo(ChargePointId.of("SIM001"));
        assertThat(settings.centralSystemUrl()).isEqualTo(SANDBOX);
        assertThat(settings.connectorCount()).isEqualTo(2);
        assertThat(settings.vendorInfo()).isEqualTo(VendorInfo.of("ocpp-simulator", "Simulator", "1.0.0"));
        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(settings.meterValueSampleInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxChargingPower()).isEqualTo(Power.ofWatts(7360));
    }

    @Test
    void toChargePointSettingsUsesTheConfiguredUrlAndValues() {
        SimulatorConfig config = DEFAULTS.withCentralSystemUrl("wss://cs.example.com/ocpp")
                .withChargePointId("CP001")
                .withConnectorCount(4)
                .withVendorInfo(new VendorInfoConfig("ACME", "Fast", ""));

        ChargePointSettings settings = config.toChargePointSettings(SANDBOX);

        assertThat(settings.centralSystemUrl()).isEqualTo(URI.create("wss://cs.example.com/ocpp"));
        assertThat(settings.id()).isEqualTo(ChargePointId.of("CP001"));
        assertThat(settings.connectorCount()).isEqualTo(4);
        assertThat(settings.vendorInfo()).isEqualTo(VendorInfo.of("ACME", "Fast", null));
    }

    @Test
    void theOcppFeatureWithersValidateAndNameTheKey() {
        assertRejected(() -> DEFAULTS.withAuthorizationKey("short"), "simulator.authorization_key",
                "must be 8 to 40 characters, was 5");
        assertRejected(() -> DEFAULTS.withFeatureProfiles(EnumSet.of(FeatureProfile.Reservation)),
                "simulator.feature_profiles", "must contain Core");
        assertRejected(() -> DEFAULTS.withOcppConfiguration(Map.of("HeartBeatInterval", "60")),
                "simulator.ocpp_configuration.HeartBeatInterval",
                "is not an OCPP 1.6 configuration key (names are case-sensitive), did you mean HeartbeatInterval?");
        assertRejected(() -> DEFAULTS.withOcppConfiguration(Map.of("HeartbeatInterval", "0")),
                "simulator.ocpp_configuration.HeartbeatInterval", "must be at least 1, was 0");
        assertRejected(() -> DEFAULTS.withOcppConfiguration(Map.of("AuthorizationKey", "0123456789")),
                "simulator.ocpp_configuration.AuthorizationKey", "is set with simulator.authorization_key, not here");
        assertRejected(() -> new TlsConfig(Optional.empty(), Optional.of("changeit"), false),
                "simulator.tls.trust_store_password",
                "is only used with a PKCS12 trust store; set simulator.tls.trust_store too");
        assertRejected(() -> new FirmwareConfig(Duration.ofSeconds(-1), Duration.ZERO, FirmwareFailure.NONE),
                "simulator.firmware.download_seconds", "must be between 0 and 86400 seconds, was -1");
        assertRejected(() -> new FirmwareConfig(Duration.ZERO, Duration.ofMillis(500), FirmwareFailure.NONE),
                "simulator.firmware.install_seconds", "must be a whole number of seconds, was PT0.5S");
        assertRejected(() -> DataTransferRuleConfig.of(" ", DataTransferStatus.Accepted),
                "simulator.data_transfer.vendor_id", "must not be blank");
        assertRejected(() -> new DataTransferRuleConfig("v", Optional.of(""), DataTransferStatus.Accepted,
                Optional.empty()), "simulator.data_transfer.message_id", "must not be blank");
    }

    @Test
    void theOcppConfigurationIsCheckedAgainWhenTheConnectorsChange() {
        SimulatorConfig config = DEFAULTS.withConnectorCount(3)
                .withOcppConfiguration(Map.of("ConnectorPhaseRotation", "3.RST"));

        assertRejected(() -> config.withConnectorCount(2), "simulator.ocpp_configuration.ConnectorPhaseRotation",
                "names connector 3, but the charge point has connectors 0 to 2");
    }

    @Test
    void theOcppConfigurationIsHeldNormalisedInKeyOrder() {
        SimulatorConfig config = DEFAULTS.withOcppConfiguration(Map.of(
                "LocalPreAuthorize", "TRUE", "MeterValuesSampledData", " Voltage ,Current.Import", "HeartbeatInterval",
                "007"));

        assertThat(config.ocppConfiguration()).containsExactly(Map.entry("HeartbeatInterval", "7"),
                Map.entry("LocalPreAuthorize", "true"), Map.entry("MeterValuesSampledData", "Voltage,Current.Import"));
        assertThat(config).isEqualTo(DEFAULTS.withOcppConfiguration(config.ocppConfiguration()));
    }

    @Test
    void aRelativeTrustStoreIsMadeAbsolute() {
        TlsConfig tls = new TlsConfig(Optional.of(Path.of("certs/../ca.pem")), Optional.empty(), false);

        assertThat(tls.trustStore()).contains(Path.of("ca.pem").toAbsolutePath());
    }

    @Test
    void toChargePointSettingsMapsTheOcppFeatures() {
        SimulatorConfig config = DEFAULTS.withAuthorizationKey("0123456789")
                .withFeatureProfiles(EnumSet.of(FeatureProfile.Core, FeatureProfile.FirmwareManagement))
                .withTls(new TlsConfig(Optional.of(Path.of("/etc/ocpp/ca.pem")), Optional.empty(), true))
                .withOcppConfiguration(Map.of("HeartbeatInterval", "45", "StopTransactionOnInvalidId", "false"))
                .withDataTransferRules(List.of(DataTransferRuleConfig.of("com.example", DataTransferStatus.Rejected)))
                .withFirmware(new FirmwareConfig(Duration.ofSeconds(1), Duration.ofSeconds(2),
                        FirmwareFailure.DOWNLOAD));

        ChargePointSettings settings = config.toChargePointSettings(SANDBOX);

        assertThat(settings.authorizationKey()).isEqualTo("0123456789");
        assertThat(settings.tls()).isEqualTo(new ChargePointSettings.Tls(Path.of("/etc/ocpp/ca.pem"), null, true));
        assertThat(settings.dataTransferRules()).containsExactly(
                new ChargePointSettings.DataTransferRule("com.example", null, DataTransferStatus.Rejected, null));
        assertThat(settings.firmware()).isEqualTo(new ChargePointSettings.FirmwareSimulation(Duration.ofSeconds(1),
                Duration.ofSeconds(2), FirmwareFailure.DOWNLOAD));
        OcppConfiguration initial = settings.initialConfiguration();
        assertThat(initial.supportedProfiles()).containsExactly(FeatureProfile.Core, FeatureProfile.FirmwareManagement);
        assertThat(initial.integer(ConfigurationKey.HeartbeatInterval)).isEqualTo(45);
        assertThat(initial.flag(ConfigurationKey.StopTransactionOnInvalidId)).isFalse();
        assertThat(initial.authorizationKey()).contains("0123456789");
    }

    @Test
    void toStringNeverShowsTheSecrets() {
        SimulatorConfig config = DEFAULTS.withAuthorizationKey("Auth-Key-0123456789")
                .withTls(new TlsConfig(Optional.of(Path.of("/ca.p12")), Optional.of("Store-Password-42"), false));

        assertThat(config.toString()).doesNotContain("Auth-Key-0123456789", "Store-Password-42")
                .contains("with authorizationKey", "with password", "/ca.p12");
        assertThat(DEFAULTS.toString()).doesNotContain("authorizationKey", "password");
    }

    @Test
    void configIssuesDescribeThemselves() {
        assertThat(new ConfigIssue("simulator.api_config.port", 12, 1, "must be between 0 and 65535, was 70000")
                .describe()).isEqualTo("simulator.api_config.port: must be between 0 and 65535, was 70000 (line 12, column 1)");
        assertThat(ConfigIssue.ofFile("configuration file not found").describe())
                .isEqualTo("configuration file not found");
    }
}
