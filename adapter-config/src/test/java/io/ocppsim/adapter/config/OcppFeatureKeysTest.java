package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ocppsim.application.port.in.ChargePointSettings.DataTransferRule;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareSimulation;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.configuration.PhaseRotation;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.meter.Measurand;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of the OCPP features: loaded from real files, validated, and mapped onto the settings. */
class OcppFeatureKeysTest extends TomlFileTest {

    private static final URI SANDBOX = URI.create("ws://127.0.0.1:18080/ocpp");
    private static final String SECRET = "s3cr3t-Basic-Auth-Pw";
    private static final String STORE_PASSWORD = "st0re-Pa55w0rd";

    private Path trustStoreFile(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    private static ConfigIssue issue(String key, int line, int column, String message) {
        return new ConfigIssue(key, line, column, message);
    }

    @Nested
    class Mapping {

        @Test
        void everyNewKeyIsReadAndMappedOntoTheSettings() throws Exception {
            trustStoreFile("ca.pem");
            LoadedConfig loaded = load("""
                    [simulator]
                    connector_count = 2
                    authorization_key = "%s"
                    feature_profiles = ["Core", "SmartCharging", "RemoteTrigger"]

                    [simulator.tls]
                    trust_store = "ca.pem"
                    trust_store_password = "%s"
                    insecure_skip_verify = false

                    [simulator.ocpp_configuration]
                    HeartbeatInterval = 120
                    LocalPreAuthorize = true
                    MeterValuesSampledData = "Energy.Active.Import.Register, Current.Import"
                    ConnectorPhaseRotation = "1.RST,2.STR"
                    ChargeProfileMaxStackLevel = 5
                    WebSocketPingInterval = "30"

                    [[simulator.data_transfer]]
                    vendor_id = "com.example"
                    message_id = "GetPrice"
                    status = "Accepted"
                    data = "42"

                    [[simulator.data_transfer]]
                    vendor_id = "com.other"
                    status = "Rejected"

                    [simulator.firmware]
                    download_seconds = 3
                    install_seconds = 0
                    fail = "installation"
                    """.formatted(SECRET, STORE_PASSWORD));

            assertThat(loaded.warnings()).isEmpty();
            SimulatorConfig config = loaded.config();
            assertThat(config.authorizationKey()).contains(SECRET);
            assertThat(config.featureProfiles()).containsExactly(FeatureProfile.Core, FeatureProfile.SmartCharging,
                    FeatureProfile.RemoteTrigger);
            assertThat(config.tls()).isEqualTo(new TlsConfig(Optional.of(dir.resolve("ca.pem").toAbsolutePath()),
                    Optional.of(STORE_PASSWORD), false));
            assertThat(config.ocppConfiguration()).containsExactly(
                    Map.entry("ConnectorPhaseRotation", "1.RST,2.STR"),
                    Map.entry("HeartbeatInterval", "120"),
                    Map.entry("LocalPreAuthorize", "true"),
                    Map.entry("MeterValuesSampledData", "Energy.Active.Import.Register,Current.Import"),
                    Map.entry("WebSocketPingInterval", "30"),
                    Map.entry("ChargeProfileMaxStackLevel", "5"));
            assertThat(config.dataTransferRules()).containsExactly(
                    new DataTransferRuleConfig("com.example", Optional.of("GetPrice"), DataTransferStatus.Accepted,
                            Optional.of("42")),
                    DataTransferRuleConfig.of("com.other", DataTransferStatus.Rejected));
            assertThat(config.firmware()).isEqualTo(new FirmwareConfig(Duration.ofSeconds(3), Duration.ZERO,
                    FirmwareFailure.INSTALLATION));

            ChargePointSettings settings = config.toChargePointSettings(SANDBOX);
            assertThat(settings.authorizationKey()).isEqualTo(SECRET);
            assertThat(settings.featureProfiles()).containsExactlyInAnyOrder(FeatureProfile.Core,
                    FeatureProfile.SmartCharging, FeatureProfile.RemoteTrigger);
            assertThat(settings.tls()).isEqualTo(new ChargePointSettings.Tls(dir.resolve("ca.pem").toAbsolutePath(),
                    STORE_PASSWORD, false));
            assertThat(settings.dataTransferRules()).containsExactly(
                    new DataTransferRule("com.example", "GetPrice", DataTransferStatus.Accepted, "42"),
                    new DataTransferRule("com.other", null, DataTransferStatus.Rejected, null));
            assertThat(settings.firmware()).isEqualTo(new FirmwareSimulation(Duration.ofSeconds(3), Duration.ZERO,
                    FirmwareFailure.INSTALLATION));

            OcppConfiguration initial = settings.initialConfiguration();
            assertThat(initial.authorizationKey()).contains(SECRET);
            assertThat(initial.supportedProfiles()).containsExactly(FeatureProfile.Core, FeatureProfile.SmartCharging,
                    FeatureProfile.RemoteTrigger);
            assertThat(initial.integer(ConfigurationKey.HeartbeatInterval)).isEqualTo(120);
            assertThat(initial.flag(ConfigurationKey.LocalPreAuthorize)).isTrue();
            assertThat(initial.measurands(ConfigurationKey.MeterValuesSampledData))
                    .containsExactly(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.CURRENT_IMPORT);
            assertThat(initial.phaseRotations()).containsExactly(
                    Map.entry(ConnectorId.of(1), PhaseRotation.RST), Map.entry(ConnectorId.of(2), PhaseRotation.STR));
            assertThat(initial.integer(ConfigurationKey.ChargeProfileMaxStackLevel)).isEqualTo(5);
            assertThat(initial.integer(ConfigurationKey.WebSocketPingInterval)).isEqualTo(30);
        }

        @Test
        void withoutTheNewKeysEverythingHasItsDefault() throws Exception {
            SimulatorConfig config = load("[simulator]\nconnector_count = 2\n").config();

            assertThat(config.authorizationKey()).isEmpty();
            assertThat(config.featureProfiles()).isEqualTo(EnumSet.allOf(FeatureProfile.class));
            assertThat(config.tls()).isEqualTo(TlsConfig.DEFAULTS);
            assertThat(config.ocppConfiguration()).isEmpty();
            assertThat(config.dataTransferRules()).isEmpty();
            assertThat(config.firmware()).isEqualTo(new FirmwareConfig(Duration.ofSeconds(5), Duration.ofSeconds(5),
                    FirmwareFailure.NONE));

            ChargePointSettings settings = config.toChargePointSettings(SANDBOX);
            assertThat(settings.authorizationKey()).isNull();
            assertThat(settings.tls()).isEqualTo(ChargePointSettings.Tls.SYSTEM_DEFAULT);
            assertThat(settings.firmware()).isEqualTo(FirmwareSimulation.DEFAULT);
            OcppConfiguration initial = settings.initialConfiguration();
            assertThat(initial.supportedProfiles()).isEqualTo(EnumSet.allOf(FeatureProfile.class));
            assertThat(initial.authorizationKey()).isEmpty();
            assertThat(initial.integer(ConfigurationKey.HeartbeatInterval)).isEqualTo(300);
            assertThat(initial.flag(ConfigurationKey.LocalPreAuthorize)).isFalse();
        }

        @Test
        void theOcppConfigurationWinsOverTheSimulatorIntervals() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    heartbeat_interval = 60
                    meter_values_interval = 30

                    [simulator.ocpp_configuration]
                    HeartbeatInterval = 90
                    MeterValueSampleInterval = 0
                    """).config();

            OcppConfiguration initial = config.toChargePointSettings(SANDBOX).initialConfiguration();

            assertThat(initial.integer(ConfigurationKey.HeartbeatInterval)).isEqualTo(90);
            assertThat(initial.integer(ConfigurationKey.MeterValueSampleInterval)).isZero();
        }

        @Test
        void theSimulatorIntervalsStillWorkAlone() throws Exception {
            SimulatorConfig config = load("[simulator]\nheartbeat_interval = 60\nmeter_values_interval = 15\n").config();

            OcppConfiguration initial = config.toChargePointSettings(SANDBOX).initialConfiguration();

            assertThat(initial.integer(ConfigurationKey.HeartbeatInterval)).isEqualTo(60);
            assertThat(initial.integer(ConfigurationKey.MeterValueSampleInterval)).isEqualTo(15);
        }

        @Test
        void integersBooleansAndStringsAreAllAcceptedAndNormalised() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.ocpp_configuration]
                    HeartbeatInterval = "0120"
                    LocalPreAuthorize = "TRUE"
                    LocalAuthorizeOffline = false
                    ChargingScheduleAllowedChargingRateUnit = "Power, Current"
                    """).config();

            assertThat(config.ocppConfiguration()).containsExactly(
                    Map.entry("HeartbeatInterval", "120"),
                    Map.entry("LocalAuthorizeOffline", "false"),
                    Map.entry("LocalPreAuthorize", "true"),
                    Map.entry("ChargingScheduleAllowedChargingRateUnit", "Current,Power"));
        }

        @Test
        void readOnlyKeysMayBePreset() throws Exception {
            OcppConfiguration initial = load("""
                    [simulator.ocpp_configuration]
                    LocalAuthListMaxLength = 500
                    ReserveConnectorZeroSupported = false
                    """).config().toChargePointSettings(SANDBOX).initialConfiguration();

            assertThat(initial.integer(ConfigurationKey.LocalAuthListMaxLength)).isEqualTo(500);
            assertThat(initial.flag(ConfigurationKey.ReserveConnectorZeroSupported)).isFalse();
        }

        @Test
        void aListMayBeAsLongAsAMaxLengthGivenBesideIt() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.ocpp_configuration]
                    MeterValuesSampledDataMaxLength = 3
                    MeterValuesSampledData = "Energy.Active.Import.Register,Power.Active.Import,Voltage"
                    """).config();

            assertThat(config.toChargePointSettings(SANDBOX).initialConfiguration()
                    .measurands(ConfigurationKey.MeterValuesSampledData)).hasSize(3);
        }

        @Test
        void aDataTransferRuleNeedsOnlyItsVendorAndAnInlineArrayWorksToo() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    data_transfer = [{ vendor_id = "com.example" }, { vendor_id = "org.x", status = "UnknownMessageId" }]
                    """).config();

            assertThat(config.dataTransferRules()).containsExactly(
                    DataTransferRuleConfig.of("com.example", DataTransferStatus.Accepted),
                    DataTransferRuleConfig.of("org.x", DataTransferStatus.UnknownMessageId));
        }

        @Test
        void aRelativeTrustStoreIsTakenFromTheConfigurationFilesFolder() throws Exception {
            Path folder = Files.createDirectories(dir.resolve("site"));
            Files.writeString(folder.resolve("ca.pem"), "certificates");
            Path config = Files.writeString(folder.resolve("cp.toml"), "[simulator.tls]\ntrust_store = \"ca.pem\"\n");

            TlsConfig tls = loader.load(config).config().tls();

            assertThat(tls.trustStore()).contains(folder.resolve("ca.pem").toAbsolutePath());
            assertThat(tls.trustStore().orElseThrow()).isAbsolute();
        }

        @Test
        void parseTakesARelativeTrustStoreFromTheFolderItIsGiven() throws Exception {
            trustStoreFile("ca.pem");

            TlsConfig tls = loader.parse("[simulator.tls]\ntrust_store = \"ca.pem\"\n", "text", dir).config().tls();

            assertThat(tls.trustStore()).contains(dir.resolve("ca.pem").toAbsolutePath());
        }

        @Test
        void anAbsoluteTrustStoreIsKept() throws Exception {
            Path store = trustStoreFile("store.p12").toAbsolutePath();

            TlsConfig tls = load("[simulator.tls]\ntrust_store = " + ConfigWriter.quoted(store.toString()) + "\n")
                    .config().tls();

            assertThat(tls.trustStore()).contains(store);
        }

        @Test
        void anEmptyTrustStoreMeansTheJdksTrust() throws Exception {
            assertThat(load("[simulator.tls]\ntrust_store = \"\"\n").config().tls()).isEqualTo(TlsConfig.DEFAULTS);
        }
    }

    @Nested
    class Warnings {

        @Test
        void skippingVerificationIsAcceptedWithAWarning() throws Exception {
            trustStoreFile("ca.pem");

            LoadedConfig loaded = load("""
                    [simulator.tls]
                    trust_store = "ca.pem"
                    insecure_skip_verify = true
                    """);

            assertThat(loaded.config().tls().insecureSkipVerify()).isTrue();
            assertThat(loaded.warnings()).containsExactly(
                    issue("simulator.tls.trust_store", 2, 1, "is not read while insecure_skip_verify is true"),
                    issue("simulator.tls.insecure_skip_verify", 3, 1,
                            "every certificate and host name is accepted: use this in a lab only"));
        }

        @Test
        void aRuleThatCanNeverAnswerIsAcceptedWithAWarning() throws Exception {
            LoadedConfig loaded = load("""
                    [[simulator.data_transfer]]
                    vendor_id = "com.example"

                    [[simulator.data_transfer]]
                    vendor_id = "com.example"
                    message_id = "GetPrice"

                    [[simulator.data_transfer]]
                    vendor_id = "org.x"
                    message_id = "A"

                    [[simulator.data_transfer]]
                    vendor_id = "org.x"
                    message_id = "A"
                    status = "Rejected"

                    [[simulator.data_transfer]]
                    vendor_id = "org.x"
                    message_id = "B"
                    """);

            assertThat(loaded.config().dataTransferRules()).hasSize(5);
            assertThat(loaded.warnings()).containsExactly(
                    issue("simulator.data_transfer[1].vendor_id", 5, 1,
                            "never answers: simulator.data_transfer[0] answers every message of this vendor first"),
                    issue("simulator.data_transfer[3].vendor_id", 13, 1,
                            "never answers: simulator.data_transfer[2] answers this message first"));
        }

        @Test
        void anOcppKeyOfAProfileLeftOutIsAcceptedWithAWarning() throws Exception {
            LoadedConfig loaded = load("""
                    [simulator]
                    feature_profiles = ["Core"]

                    [simulator.ocpp_configuration]
                    LocalAuthListEnabled = false
                    """);

            assertThat(loaded.config().ocppConfiguration()).containsEntry("LocalAuthListEnabled", "false");
            assertThat(loaded.warnings()).containsExactly(issue("simulator.ocpp_configuration.LocalAuthListEnabled",
                    5, 1, "belongs to feature profile LocalAuthListManagement, which simulator.feature_profiles"
                            + " leaves out: the Central System can neither read nor change it"));
        }
    }

    @Nested
    class AuthorizationKeyProblems {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "short7!                                   | must be 8 to 40 characters, was 7",
            "01234567890123456789012345678901234567890 | must be 8 to 40 characters, was 41",
            "p\u00e4sswort-mit-umlaut                  | must be printable ASCII",
            "tab\there-inside                          | must be printable ASCII",
        })
        void mustBe8To40PrintableAsciiCharactersAndIsNeverShown(String key, String message) throws IOException {
            ConfigException e = failure("[simulator]\nauthorization_key = " + ConfigWriter.quoted(key) + "\n");

            assertThat(e.problems()).containsExactly(issue("simulator.authorization_key", 2, 1, message));
            assertThat(e.getMessage()).doesNotContain(key);
        }

        @Test
        void theLimitsAreIncluded() throws Exception {
            assertThat(load("[simulator]\nauthorization_key = \"12345678\"\n").config().authorizationKey())
                    .contains("12345678");
            assertThat(load("[simulator]\nauthorization_key = \"" + "~".repeat(40) + "\"\n").config()
                    .authorizationKey()).contains("~".repeat(40));
        }

        @Test
        void mustBeAString() throws IOException {
            assertThat(failure("[simulator]\nauthorization_key = 12345678\n").problems()).containsExactly(
                    issue("simulator.authorization_key", 2, 1, "must be a string, was an integer"));
        }
    }

    @Nested
    class FeatureProfileProblems {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "[\"FirmwareManagement\"]  | 2 | 1  | must contain Core",
            "[]                        | 2 | 1  | must contain Core",
            "[\"Core\", \"Core\"]      | 2 | 1  | lists Core twice",
            "\"Core\"                  | 2 | 1  | must be an array of strings, was a string",
            "[\"Core\", 1]             | 2 | 1  | must be an array of strings, item 2 was an integer",
            "[\"Core\", \"Resevation\"] | 2 | 1  | 'Resevation' is not an OCPP 1.6 feature profile, did you mean Reservation?",
            "[\"core\"]                | 2 | 1  | 'core' is not an OCPP 1.6 feature profile, did you mean Core?",
            "[\"Core\", \"Billing\"]   | 2 | 1  | 'Billing' is not an OCPP 1.6 feature profile (Core, FirmwareManagement, LocalAuthListManagement, Reservation, SmartCharging, RemoteTrigger)",
        })
        void areReportedAtTheKey(String value, int line, int column, String message) throws IOException {
            ConfigException e = failure("[simulator]\nfeature_profiles = " + value + "\n");

            assertThat(e.problems()).containsExactly(issue("simulator.feature_profiles", line, column, message));
        }

        @Test
        void everyUnknownProfileIsReported() throws IOException {
            ConfigException e = failure("""
                    [simulator]
                    feature_profiles = [
                      "Core",
                      "FirmwareManagment",
                      "RemoteTriger",
                    ]
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.feature_profiles", 2, 1,
                            "'FirmwareManagment' is not an OCPP 1.6 feature profile, did you mean FirmwareManagement?"),
                    issue("simulator.feature_profiles", 2, 1,
                            "'RemoteTriger' is not an OCPP 1.6 feature profile, did you mean RemoteTrigger?"));
        }
    }

    @Nested
    class OcppConfigurationProblems {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "HeartBeatInterval = 60     | HeartBeatInterval | is not an OCPP 1.6 configuration key (names are case-sensitive), did you mean HeartbeatInterval?",
            "heartbeat_interval = 60    | heartbeat_interval | is not an OCPP 1.6 configuration key (names are case-sensitive), did you mean HeartbeatInterval?",
            "Colour = \"red\"           | Colour            | is not an OCPP 1.6 configuration key (names are case-sensitive)",
            "HeartbeatInterval = 0      | HeartbeatInterval | must be at least 1, was 0",
            "HeartbeatInterval = -5     | HeartbeatInterval | must be a whole number in decimal digits, without sign or blanks, was '-5'",
            "HeartbeatInterval = true   | HeartbeatInterval | must be a whole number in decimal digits, without sign or blanks, was 'true'",
            "TransactionMessageAttempts = 11 | TransactionMessageAttempts | must be between 1 and 10, was 11",
            "LightIntensity = 9999999999 | LightIntensity   | must be at most 2147483647, was '9999999999'",
            "LocalPreAuthorize = 1      | LocalPreAuthorize | must be true or false, was '1'",
            "LocalPreAuthorize = \"yes\" | LocalPreAuthorize | must be true or false, was 'yes'",
            "MeterValueSampleInterval = 1.5 | MeterValueSampleInterval | must be an integer, a boolean or a string, was a float",
            "MeterValuesSampledData = [\"Voltage\"] | MeterValuesSampledData | must be an integer, a boolean or a string, was an array",
            "MeterValuesSampledData = \"Energy.Active.Import.Register,Speed\" | MeterValuesSampledData | 'Speed' is not an OCPP 1.6 measurand",
            "ConnectorPhaseRotation = \"3.RST\" | ConnectorPhaseRotation | names connector 3, but the charge point has connectors 0 to 2",
            "NumberOfConnectors = 2     | NumberOfConnectors | follows from simulator.connector_count and cannot be given here",
            "SupportedFeatureProfiles = \"Core\" | SupportedFeatureProfiles | follows from simulator.feature_profiles and cannot be given here",
            "AuthorizationKey = \"0123456789\" | AuthorizationKey | is set with simulator.authorization_key, not here",
            "authorizationKey = \"0123456789\" | authorizationKey | is not an OCPP 1.6 configuration key (names are case-sensitive), did you mean simulator.authorization_key?",
        })
        void areReportedAtTheOcppKeyWithTheDomainsReason(String line, String key, String message) throws IOException {
            ConfigException e = failure("[simulator]\nconnector_count = 2\n\n[simulator.ocpp_configuration]\n" + line
                    + "\n");

            assertThat(e.problems()).containsExactly(issue("simulator.ocpp_configuration." + key, 5, 1, message));
        }

        @Test
        void everyBadKeyIsReportedNotOnlyTheFirst() throws IOException {
            ConfigException e = failure("""
                    [simulator.ocpp_configuration]
                    HeartBeatInterval = 60
                    LocalPreAuthorize = true
                    ConnectionTimeOut = 0
                    StopTransactionOnInvalidId = "maybe"
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.ocpp_configuration.HeartBeatInterval", 2, 1,
                            "is not an OCPP 1.6 configuration key (names are case-sensitive), did you mean"
                                    + " HeartbeatInterval?"),
                    issue("simulator.ocpp_configuration.ConnectionTimeOut", 4, 1, "must be at least 1, was 0"),
                    issue("simulator.ocpp_configuration.StopTransactionOnInvalidId", 5, 1,
                            "must be true or false, was 'maybe'"));
        }

        @Test
        void aListLongerThanTheMaxLengthGivenBesideItIsReportedAtTheList() throws IOException {
            ConfigException e = failure("""
                    [simulator.ocpp_configuration]
                    MeterValuesSampledData = "Energy.Active.Import.Register,Power.Active.Import"
                    MeterValuesSampledDataMaxLength = 1
                    """);

            assertThat(e.problems()).containsExactly(issue("simulator.ocpp_configuration.MeterValuesSampledData", 2, 1,
                    "may list at most 1 items (MeterValuesSampledDataMaxLength), was 2"));
        }

        @Test
        void aMaxLengthBelowTheDefaultOfItsListIsReportedAtTheMaxLength() throws IOException {
            ConfigException e = failure("""
                    [simulator.ocpp_configuration]
                    MeterValuesSampledDataMaxLength = 1
                    SupportedFeatureProfilesMaxLength = 2
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.ocpp_configuration.MeterValuesSampledDataMaxLength", 2, 1,
                            "is too small for the default of MeterValuesSampledData (give MeterValuesSampledData"
                                    + " too): may list at most 1 items (MeterValuesSampledDataMaxLength), was 2"));
        }

        @Test
        void aMaxLengthBelowTheSupportedProfilesNamesFeatureProfiles() throws IOException {
            ConfigException e = failure("""
                    [simulator.ocpp_configuration]
                    SupportedFeatureProfilesMaxLength = 2
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.ocpp_configuration.SupportedFeatureProfilesMaxLength", 2, 1,
                            "is too small for SupportedFeatureProfiles, which follows from simulator.feature_profiles:"
                                    + " may list at most 2 items (SupportedFeatureProfilesMaxLength), was 6"));
        }

        @Test
        void aMaxLengthThatFitsWhenItsListIsGivenToo() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    feature_profiles = ["Core", "RemoteTrigger"]

                    [simulator.ocpp_configuration]
                    MeterValuesSampledDataMaxLength = 1
                    MeterValuesSampledData = "Voltage"
                    SupportedFeatureProfilesMaxLength = 2
                    """).config();

            assertThat(config.ocppConfiguration()).containsEntry("MeterValuesSampledData", "Voltage")
                    .containsEntry("SupportedFeatureProfilesMaxLength", "2");
        }

        @Test
        void anOddKeyNameIsQuotedInTheMessage() throws IOException {
            ConfigException e = failure("[simulator.ocpp_configuration]\n\"Heartbeat Interval\" = 60\n");

            assertThat(e.problems()).extracting(ConfigIssue::key)
                    .containsExactly("simulator.ocpp_configuration.\"Heartbeat Interval\"");
        }

        @Test
        void mustBeATable() throws IOException {
            assertThat(failure("[simulator]\nocpp_configuration = \"HeartbeatInterval=60\"\n").problems())
                    .containsExactly(issue("simulator.ocpp_configuration", 2, 1, "must be a table, was a string"));
        }
    }

    @Nested
    class TlsProblems {

        @Test
        void aMissingTrustStoreIsNamedWithItsResolvedPath() throws IOException {
            ConfigException e = failure("[simulator.tls]\ntrust_store = \"certs/ca.pem\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.tls.trust_store", 2, 1,
                    "file not found: " + dir.resolve("certs/ca.pem").toAbsolutePath()));
        }

        @Test
        void aFolderIsNotATrustStore() throws IOException {
            Files.createDirectories(dir.resolve("certs"));

            ConfigException e = failure("[simulator.tls]\ntrust_store = \"certs\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.tls.trust_store", 2, 1,
                    "is not a file: " + dir.resolve("certs").toAbsolutePath()));
        }

        @Test
        void aPasswordWithoutATrustStoreIsAnError() throws IOException {
            ConfigException e = failure("[simulator.tls]\ntrust_store_password = \"" + STORE_PASSWORD + "\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.tls.trust_store_password", 2, 1,
                    "is only used with a PKCS12 trust store; set simulator.tls.trust_store too"));
        }

        @Test
        void aPasswordBesideAMissingTrustStoreIsNotReportedTwice() throws IOException {
            ConfigException e = failure("[simulator.tls]\ntrust_store = \"nope.p12\"\ntrust_store_password = \"x\"\n");

            assertThat(e.problems()).extracting(ConfigIssue::key).containsExactly("simulator.tls.trust_store");
        }

        @Test
        void wrongTypes() throws IOException {
            ConfigException e = failure("""
                    [simulator.tls]
                    trust_store = 1
                    trust_store_password = 1234
                    insecure_skip_verify = "yes"
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.tls.trust_store", 2, 1, "must be a string, was an integer"),
                    issue("simulator.tls.trust_store_password", 3, 1, "must be a string, was an integer"),
                    issue("simulator.tls.insecure_skip_verify", 4, 1, "must be a boolean (true or false), was a string"));
        }

        @Test
        void anUnknownKeyGetsAHint() throws IOException {
            assertThat(failure("[simulator.tls]\ntruststore = \"ca.pem\"\n").problems()).containsExactly(
                    issue("simulator.tls.truststore", 2, 1, "unknown key, did you mean trust_store?"));
        }
    }

    @Nested
    class DataTransferProblems {

        @Test
        void eachRuleIsNamedByItsIndexAndReportedAtItsLines() throws IOException {
            ConfigException e = failure("""
                    [[simulator.data_transfer]]
                    message_id = "GetPrice"

                    [[simulator.data_transfer]]
                    vendor_id = "com.example"
                    status = "accepted"
                    vendorid = "com.example"
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.data_transfer[0].vendor_id", 1, 1, "is required"),
                    issue("simulator.data_transfer[1].status", 6, 1,
                            "must be Accepted, Rejected, UnknownMessageId or UnknownVendorId, was 'accepted'"),
                    issue("simulator.data_transfer[1].vendorid", 7, 1, "unknown key, did you mean vendor_id?"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "vendor_id = \"\"      | vendor_id  | must not be blank",
            "vendor_id = 7         | vendor_id  | must be a string, was an integer",
            "message_id = \"\"     | message_id | must not be blank",
            "data = 42             | data       | must be a string, was an integer",
            "status = \"Ok\"       | status     | must be Accepted, Rejected, UnknownMessageId or UnknownVendorId, was 'Ok'",
        })
        void invalidValues(String line, String key, String message) throws IOException {
            String toml = "[[simulator.data_transfer]]\n" + (line.startsWith("vendor_id") ? "" : "vendor_id = \"v\"\n")
                    + line + "\n";
            int lineNumber = line.startsWith("vendor_id") ? 2 : 3;

            ConfigException e = failure(toml);

            assertThat(e.problems()).contains(issue("simulator.data_transfer[0]." + key, lineNumber, 1, message));
        }

        @Test
        void theOcppLengthsApply() throws IOException {
            ConfigException e = failure("""
                    [[simulator.data_transfer]]
                    vendor_id = "%s"
                    message_id = "%s"
                    """.formatted("v".repeat(256), "m".repeat(51)));

            assertThat(e.problems()).containsExactly(
                    issue("simulator.data_transfer[0].vendor_id", 2, 1, "must be at most 255 characters, was 256"),
                    issue("simulator.data_transfer[0].message_id", 3, 1, "must be at most 50 characters, was 51"));
        }

        @Test
        void aPlainTableIsNotAnArrayOfTables() throws IOException {
            assertThat(failure("[simulator.data_transfer]\nvendor_id = \"v\"\n").problems()).containsExactly(
                    issue("simulator.data_transfer", 1, 1,
                            "must be an array of tables ([[simulator.data_transfer]]), was a table"));
        }

        @Test
        void anArrayOfSomethingElseIsNotAnArrayOfTables() throws IOException {
            assertThat(failure("[simulator]\ndata_transfer = [{ vendor_id = \"v\" }, \"w\"]\n").problems())
                    .containsExactly(issue("simulator.data_transfer", 2, 1,
                            "must be an array of tables ([[simulator.data_transfer]]), was an array with a string"
                                    + " as item 2"));
        }
    }

    @Nested
    class FirmwareProblems {

        @Test
        void rangesAndNames() throws IOException {
            ConfigException e = failure("""
                    [simulator.firmware]
                    download_seconds = -1
                    install_seconds = 86401
                    fail = "Download"
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.firmware.download_seconds", 2, 1, "must be between 0 and 86400 seconds, was -1"),
                    issue("simulator.firmware.install_seconds", 3, 1, "must be between 0 and 86400 seconds, was 86401"),
                    issue("simulator.firmware.fail", 4, 1, "must be none, download or installation, was 'Download'"));
        }

        @Test
        void wrongTypesAndUnknownKeys() throws IOException {
            ConfigException e = failure("""
                    [simulator.firmware]
                    download_seconds = "5"
                    fail = false
                    instal_seconds = 5
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.firmware.download_seconds", 2, 1, "must be an integer, was a string"),
                    issue("simulator.firmware.fail", 3, 1, "must be a string, was a boolean"),
                    issue("simulator.firmware.instal_seconds", 4, 1, "unknown key, did you mean install_seconds?"));
        }

        @Test
        void everyFailureNameLoads() throws Exception {
            for (FirmwareFailure failure : FirmwareFailure.values()) {
                String name = failure.name().toLowerCase(Locale.ROOT);

                assertThat(load("[simulator.firmware]\nfail = \"" + name + "\"\n").config().firmware().fail())
                        .isEqualTo(failure);
            }
        }
    }

    @Nested
    class Secrets {

        @Test
        void noSecretAppearsInAnyProblemOrInTheMessage() throws IOException {
            String tooLongSecret = SECRET + SECRET + SECRET;
            ConfigException e = failure("""
                    [simulator]
                    authorization_key = "%s"

                    [simulator.tls]
                    trust_store_password = "%s"

                    [simulator.ocpp_configuration]
                    AuthorizationKey = "%s"
                    """.formatted(tooLongSecret, STORE_PASSWORD, SECRET));

            assertThat(e.problems()).extracting(ConfigIssue::key).containsExactly("simulator.authorization_key",
                    "simulator.tls.trust_store_password", "simulator.ocpp_configuration.AuthorizationKey");
            assertThat(e.getMessage()).doesNotContain(SECRET, STORE_PASSWORD);
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.describe())
                    .doesNotContain(SECRET, STORE_PASSWORD));
        }

        @Test
        void aSyntaxErrorOnASecretsLineDoesNotShowIt() throws IOException {
            ConfigException e = failure("[simulator]\nauthorization_key = " + SECRET + "\n");

            assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(2));
            assertThat(e.getMessage()).doesNotContain(SECRET);
        }

        @Test
        void aLoadedConfigNeverShowsItsSecrets() throws Exception {
            trustStoreFile("ca.p12");
            LoadedConfig loaded = load("""
                    [simulator]
                    authorization_key = "%s"

                    [simulator.tls]
                    trust_store = "ca.p12"
                    trust_store_password = "%s"
                    """.formatted(SECRET, STORE_PASSWORD));

            assertThat(loaded.toString()).doesNotContain(SECRET, STORE_PASSWORD).contains("with authorizationKey",
                    "with password");
            assertThat(loaded.config().tls().toString()).doesNotContain(STORE_PASSWORD);
            assertThat(loaded.config().toChargePointSettings(SANDBOX).toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void everyProblemOfTheNewSectionsIsReportedTogetherInFileOrder() throws IOException {
        ConfigException e = failure("""
                [simulator]
                feature_profiles = ["SmartCharging"]

                [simulator.tls]
                trust_store = "missing.pem"

                [simulator.ocpp_configuration]
                HeartbeatInterval = 0

                [[simulator.data_transfer]]
                status = "Accepted"

                [simulator.firmware]
                fail = "sometimes"
                """);

        assertThat(e.problems()).extracting(ConfigIssue::key, ConfigIssue::line).containsExactly(
                tuple("simulator.feature_profiles", 2),
                tuple("simulator.tls.trust_store", 5),
                tuple("simulator.ocpp_configuration.HeartbeatInterval", 8),
                tuple("simulator.data_transfer[0].vendor_id", 10),
                tuple("simulator.firmware.fail", 14));
        assertThat(List.of(e.getMessage().split(System.lineSeparator()))).first().asString().endsWith("5 problems");
    }
}
