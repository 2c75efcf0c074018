package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class ConfigWriterTest {

    @TempDir
    Path dir;

    private final ConfigWriter writer = new ConfigWriter();
    private final ConfigLoader loader = new ConfigLoader();

    /** What {@code config --connectors 4 --url wss://… --id CP001 --port 9090} writes. */
    private static SimulatorConfig customised() {
        return SimulatorConfig.defaults()
                .withConnectorCount(4)
                .withCentralSystemUrl("wss://your-central-system.com/ocpp")
                .withChargePointId("CP001")
                .withApiPort(9090);
    }

    /** {@link #customised()} with every OCPP feature key set, none at its default. */
    private SimulatorConfig everything() throws IOException {
        Path store = Files.writeString(dir.resolve("ca.p12"), "a trust store");
        return customised()
                .withAuthorizationKey("Secret \"Key\" \\ 1234")
                .withFeatureProfiles(EnumSet.of(FeatureProfile.Core, FeatureProfile.Reservation,
                        FeatureProfile.SmartCharging))
                .withTls(new TlsConfig(Optional.of(store), Optional.of("changeit"), false))
                .withOcppConfiguration(Map.of(
                        "HeartbeatInterval", "120",
                        "LocalPreAuthorize", "TRUE",
                        "MeterValuesSampledData", "Voltage, Current.Import",
                        "ConnectorPhaseRotation", "0.RST,4.TRS",
                        "ChargeProfileMaxStackLevel", "3"))
                .withDataTransferRules(List.of(
                        new DataTransferRuleConfig("com.example", Optional.of("GetPrice"), DataTransferStatus.Rejected,
                                Optional.of("{\"price\": 0.25}\nsecond line")),
                        DataTransferRuleConfig.of("org.example", DataTransferStatus.UnknownMessageId)))
                .withFirmware(new FirmwareConfig(Duration.ofSeconds(86_400), Duration.ZERO, FirmwareFailure.DOWNLOAD))
                .withSeed(OptionalLong.of(-42))
                .withMeterConfig(new MeterConfig(22_000.5, 400, 3, 0.95, 60, false, 0.2, false, 1, 0.5, -100, 1000,
                        Duration.ofSeconds(86_400), Duration.ofSeconds(3_600)))
                .withEvConfig(new EvConfig(1.0 / 3, 0, 100, 1_000_000, 1))
                .withChargingPattern(new ChargingPatternConfig(ChargingPatternConfig.Type.VARIABLE, 0, 1, 0, 1))
                .withConnectorPatterns(Map.of(
                        4, new ChargingPatternConfig(ChargingPatternConfig.Type.TAPERED, 55.5, 0.1, 0, 1),
                        2, new ChargingPatternConfig(ChargingPatternConfig.Type.CONSTANT, 0, 1, 0.5, 0.25)))
                .withFaultConfig(new FaultConfig(true, 1, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO,
                        orderedWeights()));
    }

    /** Every error code but NoError, in reverse order, one weighing 0. */
    private static Map<ChargePointErrorCode, Double> orderedWeights() {
        Map<ChargePointErrorCode, Double> weights = new LinkedHashMap<>();
        List<ChargePointErrorCode> codes = new ArrayList<>(List.of(ChargePointErrorCode.values()));
        codes.remove(ChargePointErrorCode.NoError);
        Collections.reverse(codes);
        codes.forEach(code -> weights.put(code, code.ordinal() / 7.0));
        return weights;
    }

    private SimulatorConfig roundTrip(SimulatorConfig config) throws Exception {
        LoadedConfig loaded = roundTripWithWarnings(config);
        assertThat(loaded.warnings()).isEmpty();
        return loaded.config();
    }

    private LoadedConfig roundTripWithWarnings(SimulatorConfig config) throws Exception {
        Path file = dir.resolve("simulator.toml");
        writer.write(config, file);
        return loader.load(file);
    }

    @Test
    void theDefaultsRoundTrip() throws Exception {
        assertThat(roundTrip(SimulatorConfig.defaults())).isEqualTo(SimulatorConfig.defaults());
    }

    @Test
    void aCustomisedConfigRoundTrips() throws Exception {
        SimulatorConfig config = customised();

        SimulatorConfig loaded = roundTrip(config);

        assertThat(loaded).isEqualTo(config);
        assertThat(loaded.connectorCount()).isEqualTo(4);
        assertThat(loaded.centralSystemUrl()).contains(URI.create("wss://your-central-system.com/ocpp"));
        assertThat(loaded.chargePointId()).isEqualTo(ChargePointId.of("CP001"));
        assertThat(loaded.apiConfig().port()).isEqualTo(9090);
    }

    @Test
    void everyValueChangedRoundTrips() throws Exception {
        SimulatorConfig config = new SimulatorConfig(ChargePointId.of("Cp*-_=+@.~9"),
                Optional.of(URI.create("ws://[::1]:8180/steve/websocket/CentralSystemService")), 100,
                Duration.ofSeconds(86_400), Duration.ZERO,
                new VendorInfoConfig("M\u00fcller \"&\" S\u00f6hne", "\\\\server\\share", ""),
                new ApiConfig("::", 65_535, false), new MeterConfig(1.0 / 3, 0.0001, false, false));

        assertThat(roundTrip(config)).isEqualTo(config);
    }

    @Test
    void everyOcppFeatureKeyRoundTrips() throws Exception {
        SimulatorConfig config = everything();

        SimulatorConfig loaded = roundTrip(config);

        assertThat(loaded).isEqualTo(config);
        assertThat(loaded.ocppConfiguration()).containsEntry("LocalPreAuthorize", "true")
                .containsEntry("MeterValuesSampledData", "Voltage,Current.Import");
        assertThat(loaded.dataTransferRules()).hasSize(2);
        assertThat(loaded.authorizationKey()).contains("Secret \"Key\" \\ 1234");
    }

    @Test
    void everyRealisticChargingKeyRoundTripsInItsOrder() throws Exception {
        SimulatorConfig config = everything();

        SimulatorConfig loaded = roundTrip(config);

        assertThat(loaded.seed()).hasValue(-42);
        assertThat(loaded.meterConfig()).isEqualTo(config.meterConfig());
        assertThat(loaded.evConfig()).isEqualTo(config.evConfig());
        assertThat(loaded.chargingPattern()).isEqualTo(config.chargingPattern());
        assertThat(loaded.connectorPatterns()).containsExactly(
                Map.entry(2, config.connectorPatterns().get(2)), Map.entry(4, config.connectorPatterns().get(4)));
        assertThat(loaded.faultConfig()).isEqualTo(config.faultConfig());
        assertThat(loaded.faultConfig().faultTypes().keySet())
                .containsExactlyElementsOf(config.faultConfig().faultTypes().keySet());
    }

    @Test
    void aConnectorsTableHoldsItsTypeAndTheKeysItDoesNotTakeFromTheMainPattern() throws IOException {
        String text = writer.render(everything());

        assertThat(text).contains("\n[simulator.charging_pattern.connectors.2]\n\ntype = \"constant\"\n"
                        + "set_point = 0.5\namplitude = 0.25\n\n"
                        + "[simulator.charging_pattern.connectors.4]\n\ntype = \"tapered\"\n"
                        + "taper_start_soc = 55.5\ntaper_floor = 0.1\n\n")
                .doesNotContain("# [simulator.charging_pattern.connectors.2]");
    }

    @Test
    void theSeedIsACommentedOutExampleUntilItIsSet() throws IOException {
        assertThat(writer.render(SimulatorConfig.defaults())).contains("\n# seed = 42\n").doesNotContain("\nseed =");
        assertThat(writer.render(everything())).contains("\nseed = -42\n");
    }

    @Test
    void skippingCertificateVerificationRoundTripsWithItsWarning() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults()
                .withTls(new TlsConfig(Optional.empty(), Optional.empty(), true));

        LoadedConfig loaded = roundTripWithWarnings(config);

        assertThat(loaded.config()).isEqualTo(config);
        assertThat(loaded.warnings()).extracting(ConfigIssue::key).containsExactly("simulator.tls.insecure_skip_verify");
    }

    @Test
    void ocppValuesAreWrittenAsTomlIntegersBooleansAndStrings() throws Exception {
        String text = writer.render(everything());

        assertThat(text).contains("\n[simulator.ocpp_configuration]\n\n"
                + "ConnectorPhaseRotation = \"0.RST,4.TRS\"\n"
                + "HeartbeatInterval = 120\n"
                + "LocalPreAuthorize = true\n"
                + "MeterValuesSampledData = \"Voltage,Current.Import\"\n"
                + "ChargeProfileMaxStackLevel = 3\n");
        assertThat(text).as("the examples of keys that are set are left out")
                .doesNotContain("# HeartbeatInterval =", "# LocalPreAuthorize =", "# MeterValuesSampledData =");
    }

    @Test
    void withoutOcppFeaturesTheirKeysAreCommentedOutExamples() {
        String text = writer.render(SimulatorConfig.defaults());

        assertThat(text).contains(
                "\n# authorization_key = \"change-me-8-to-40-chars\"\n",
                "\nfeature_profiles = [\"Core\", \"FirmwareManagement\", \"LocalAuthListManagement\", \"Reservation\","
                        + " \"SmartCharging\", \"RemoteTrigger\"]\n",
                "\n[simulator.tls]\n",
                "\n# trust_store = \"ca.pem\"\n",
                "\n# trust_store_password = \"changeit\"\n",
                "\ninsecure_skip_verify = false\n",
                "\n[simulator.ocpp_configuration]\n\n# HeartbeatInterval = 300\n# LocalPreAuthorize = true\n"
                        + "# MeterValuesSampledData = \"Energy.Active.Import.Register,Power.Active.Import\"\n",
                "\n# [[simulator.data_transfer]]\n",
                "\n# vendor_id = \"com.example\"\n",
                "\n[simulator.firmware]\n",
                "\nfail = \"none\"\n");
        assertThat(text).doesNotContain("\nauthorization_key", "\ntrust_store", "\n[[simulator.data_transfer]]");
    }

    @Test
    void theCommentedOutExamplesLoadWhenUncommented() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "certificates");
        Pattern example = Pattern.compile(
                "# ((\\[\\[simulator\\.data_transfer]]|\\[simulator\\.charging_pattern\\.connectors\\.2]|[A-Za-z_]+ = .*))");
        String uncommented = writer.render(SimulatorConfig.defaults()).lines()
                .map(line -> example.matcher(line).matches() ? line.substring(2) : line)
                .reduce("", (text, line) -> text + line + "\n");
        Path file = Files.writeString(dir.resolve("examples.toml"), uncommented);

        SimulatorConfig config = loader.load(file).config();

        assertThat(config.centralSystemUrl()).contains(URI.create(ConfigWriter.EXAMPLE_CENTRAL_SYSTEM_URL));
        assertThat(config.authorizationKey()).contains("change-me-8-to-40-chars");
        assertThat(config.tls()).isEqualTo(new TlsConfig(Optional.of(dir.resolve("ca.pem")), Optional.of("changeit"),
                false));
        assertThat(config.ocppConfiguration()).containsOnlyKeys("HeartbeatInterval", "LocalPreAuthorize",
                "MeterValuesSampledData");
        assertThat(config.dataTransferRules()).containsExactly(new DataTransferRuleConfig("com.example",
                Optional.of("GetPrice"), DataTransferStatus.Accepted, Optional.of("42")));
        assertThat(config.seed()).hasValue(42);
        assertThat(config.connectorPatterns()).containsExactly(
                Map.entry(2, ChargingPatternConfig.DEFAULTS.withType(ChargingPatternConfig.Type.TAPERED)));
    }

    @Test
    void theCommentsSayWhichIntervalWins() {
        String text = writer.render(SimulatorConfig.defaults());

        assertThat(text).contains(
                "# HeartbeatInterval in [simulator.ocpp_configuration] wins over it.\nheartbeat_interval = 300\n",
                "# MeterValueSampleInterval in [simulator.ocpp_configuration] wins over it.\nmeter_values_interval = 60\n");
    }

    @Test
    void aFileWithASecretIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve("secret.toml");

        writer.write(SimulatorConfig.defaults().withAuthorizationKey("12345678"), file);

        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0001, 1.0 / 3, 7360, 11_000.5, 999_999.999, 1_000_000})
    void powersRoundTripExactly(double watts) throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withMeterConfig(new MeterConfig(watts, 230, true, true));

        assertThat(roundTrip(config).meterConfig().maxChargingPowerW()).isEqualTo(watts);
    }

    @Test
    void theDefaultsAreValidTomlWithEveryKey() {
        String text = writer.render(SimulatorConfig.defaults());

        TomlParseResult toml = Toml.parse(text);

        assertThat(toml.errors()).isEmpty();
        assertThat(toml.getString("simulator.charge_point_id")).isEqualTo("SIM001");
        assertThat(toml.getLong("simulator.connector_count")).isEqualTo(2);
        assertThat(toml.getLong("simulator.heartbeat_interval")).isEqualTo(300);
        assertThat(toml.getLong("simulator.meter_values_interval")).isEqualTo(60);
        assertThat(toml.getString("simulator.vendor_info.charge_point_vendor")).isEqualTo("ocpp-simulator");
        assertThat(toml.getString("simulator.vendor_info.charge_point_model")).isEqualTo("Simulator");
        assertThat(toml.getString("simulator.vendor_info.firmware_version")).isEqualTo("1.0.0");
        assertThat(toml.getString("simulator.api_config.bind_address")).isEqualTo("127.0.0.1");
        assertThat(toml.getLong("simulator.api_config.port")).isEqualTo(8081);
        assertThat(toml.getBoolean("simulator.api_config.enable_cors")).isTrue();
        assertThat(toml.getDouble("simulator.meter_config.max_charging_power_w")).isEqualTo(7360.0);
        assertThat(toml.getDouble("simulator.meter_config.voltage_v")).isEqualTo(230.0);
        assertThat(toml.getBoolean("simulator.meter_config.include_noise")).isTrue();
        assertThat(toml.getBoolean("simulator.meter_config.simulate_drift")).isTrue();
        assertThat(toml.contains("simulator.central_system_url")).isFalse();
        assertThat(toml.contains("simulator.seed")).isFalse();
        assertThat(toml.getLong("simulator.meter_config.phases")).isEqualTo(1);
        assertThat(toml.getDouble("simulator.meter_config.noise_amplitude")).isEqualTo(0.005);
        assertThat(toml.getLong("simulator.meter_config.update_interval_seconds")).isEqualTo(1);
        assertThat(toml.getDouble("simulator.ev_config.battery_capacity_wh")).isEqualTo(60_000);
        assertThat(toml.getLong("simulator.ev_config.phases")).isEqualTo(1);
        assertThat(toml.getDouble("simulator.ev_config.max_power_w")).isEqualTo(7_400);
        assertThat(toml.getDouble("simulator.charging_pattern.taper_start_soc")).isEqualTo(60);
        assertThat(toml.getString("simulator.charging_pattern.type")).isEqualTo("constant");
        assertThat(toml.getBoolean("simulator.fault_config.enable_random_faults")).isFalse();
        assertThat(toml.getArray("simulator.fault_config.recovery_time_range").toList()).containsExactly(30L, 300L);
        assertThat(toml.getTable("simulator.fault_config.fault_types").toMap()).containsOnly(
                Map.entry("OverCurrentFailure", 0.3), Map.entry("OverVoltage", 0.2), Map.entry("HighTemperature", 0.1));
    }

    @Test
    void everyKeyIsWrittenWithACommentAboveIt() throws IOException {
        List<String> lines = writer.render(everything()).lines().toList();

        for (ConfigKey key : ConfigKey.values()) {
            int index = indexOfLineStartingWith(lines, key.key() + " = ");
            assertThat(index).as(key.dotted()).isPositive();
            assertThat(lines.get(index - 1)).as("comment above " + key.dotted()).startsWith("# ");
        }
        assertThat(lines).filteredOn(line -> line.startsWith("[")).containsExactly(
                "[simulator]", "[simulator.vendor_info]", "[simulator.api_config]", "[simulator.meter_config]",
                "[simulator.ev_config]", "[simulator.charging_pattern]", "[simulator.charging_pattern.connectors.2]",
                "[simulator.charging_pattern.connectors.4]", "[simulator.fault_config]",
                "[simulator.fault_config.fault_types]", "[simulator.tls]", "[simulator.ocpp_configuration]", "[[simulator.data_transfer]]",
                "[[simulator.data_transfer]]", "[simulator.firmware]");
    }

    @Test
    void eachCommentNamesTheDefault() {
        String text = writer.render(customised());

        assertThat(text).contains("Default \"SIM001\".", "Default 2.", "Default 300.", "Default 60.",
                "Default \"ocpp-simulator\".", "Default \"Simulator\".", "Default \"1.0.0\".",
                "Default \"127.0.0.1\"", "Default 8081.", "Default 7360.0", "Default 230.0.", "Default: all six.",
                "Default false.", "Default \"Accepted\".", "Default 5.", "Default \"none\".",
                "Default 1.", "Default 0.99.", "Default 50.0.", "Default 0.005.", "Default 0.002.", "Default 0.01.",
                "Default 25.0.", "Default 20.0.", "Default 600.", "Default 60000.0.", "Default 80.0.",
                "Default 7400.0.", "Default 1.", "Default \"constant\".", "Default 0.05.", "Default 0.8.",
                "Default 0.15.", "Default [30, 300].",
                "Default: OverCurrentFailure 0.3, OverVoltage 0.2, HighTemperature 0.1.");
    }

    @Test
    void withoutACentralSystemUrlTheKeyIsCommentedOutAndTheSandboxExplained() {
        String text = writer.render(SimulatorConfig.defaults());

        assertThat(text).contains("\n# central_system_url = \"ws://localhost:8080/ocpp\"\n")
                .contains("built-in sandbox Central System")
                .doesNotContain("\ncentral_system_url");
    }

    @Test
    void aCentralSystemUrlIsWrittenAsAKey() {
        String text = writer.render(customised());

        assertThat(text).contains("\ncentral_system_url = \"wss://your-central-system.com/ocpp\"\n")
                .doesNotContain("# central_system_url =");
    }

    @Test
    void theOutputStartsWithAHeaderAndEndsWithOneNewline() {
        String text = writer.render(SimulatorConfig.defaults());

        assertThat(text).startsWith("# ocpp-simulator configuration").endsWith("version.\n");
        assertThat(text).doesNotContain("\r", "\t");
    }

    @Test
    void stringsAreEscapedForToml() {
        assertThat(ConfigWriter.quoted("plain")).isEqualTo("\"plain\"");
        assertThat(ConfigWriter.quoted("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(ConfigWriter.quoted("tab\tnl\ncr\rbs\bff\f")).isEqualTo("\"tab\\tnl\\ncr\\rbs\\bff\\f\"");
        assertThat(ConfigWriter.quoted("\u0001\u001f\u007f")).isEqualTo("\"\\u0001\\u001F\\u007F\"");
        assertThat(ConfigWriter.quoted("M\u00fcller \u26a1 \ud83d\udd0c")).isEqualTo("\"M\u00fcller \u26a1 \ud83d\udd0c\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" inside", "back\\slash", "\\\\server\\share", "'single'",
        "\"\"\"triple\"\"\"", "tab\there", "line\nbreak", "\u0000nul", "del\u007f", "M\u00fcller \u26a1 \ud83d\udd0c",
        "# not a comment", "trailing\\"})
    void escapedStringsParseBackToThemselves(String value) {
        TomlParseResult toml = Toml.parse("x = " + ConfigWriter.quoted(value) + "\n");

        assertThat(toml.errors()).isEmpty();
        assertThat(toml.getString("x")).isEqualTo(value);
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
