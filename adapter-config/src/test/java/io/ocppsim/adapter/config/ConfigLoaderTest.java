package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest extends TomlFileTest {

    /** The product README's "Basic Configuration", verbatim. */
    static final String SEED_BASIC = """
            [simulator]
            charge_point_id = "SIM001"
            central_system_url = "ws://localhost:8080"
            connector_count = 2
            heartbeat_interval = 300
            meter_values_interval = 60

            [simulator.vendor_info]
            charge_point_vendor = "OCPP-RS"
            charge_point_model = "Simulator"
            firmware_version = "1.0.0"

            [simulator.api_config]
            bind_address = "0.0.0.0"
            port = 8081
            enable_cors = true

            [simulator.meter_config]
            max_charging_power_w = 7360.0
            voltage_v = 230.0
            include_noise = true
            simulate_drift = true
            """;

    /** The product README's "Fault Injection Configuration", verbatim. */
    static final String SEED_FAULTS = """
            [simulator.fault_config]
            enable_random_faults = true
            random_fault_probability = 0.01  # 1% chance per check
            random_fault_interval_seconds = 60
            recovery_time_range = [30, 300]  # 30 seconds to 5 minutes

            [simulator.fault_config.fault_types]
            "OverCurrentFailure" = 0.3
            "OverVoltage" = 0.2
            "HighTemperature" = 0.1
            """;

    /** The product README's "Custom Scenarios", verbatim. */
    static final String SEED_SCENARIO = """
            [[simulator.scenario_config.scenarios.custom_test]]
            name = "custom_test"
            description = "Custom test scenario"
            steps = [
              { name = "plug_in", action = "plug_in", connector_id = 1, delay_seconds = 0 },
              { name = "start_tx", action = "start_transaction", connector_id = 1, delay_seconds = 2, parameters = { id_tag = "test123" } },
              { name = "wait", action = "wait", delay_seconds = 0, parameters = { duration = 30 } },
              { name = "stop_tx", action = "stop_transaction", connector_id = 1, delay_seconds = 0 },
              { name = "plug_out", action = "plug_out", connector_id = 1, delay_seconds = 2 }
            ]
            """;

    private static ConfigIssue issue(String key, int line, int column, String message) {
        return new ConfigIssue(key, line, column, message);
    }

    @Nested
    class ValidFiles {

        @Test
        void theSeedsBasicConfigurationLoads() throws Exception {
            LoadedConfig loaded = load(SEED_BASIC);

            SimulatorConfig config = loaded.config();
            assertThat(config.chargePointId()).isEqualTo(ChargePointId.of("SIM001"));
            assertThat(config.centralSystemUrl()).contains(URI.create("ws://localhost:8080"));
            assertThat(config.connectorCount()).isEqualTo(2);
            assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(300));
            assertThat(config.meterValuesInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(config.vendorInfo()).isEqualTo(new VendorInfoConfig("OCPP-RS", "Simulator", "1.0.0"));
            assertThat(config.apiConfig()).isEqualTo(new ApiConfig("0.0.0.0", 8081, true));
            assertThat(config.meterConfig()).isEqualTo(new MeterConfig(7360.0, 230.0, true, true));
            assertThat(loaded.warnings()).isEmpty();
        }

        @Test
        void anEmptyFileGivesTheDefaults() throws Exception {
            LoadedConfig loaded = load("");

            assertThat(loaded.config()).isEqualTo(SimulatorConfig.defaults());
            assertThat(loaded.warnings()).isEmpty();
        }

        @Test
        void aFileWithOnlyCommentsAndBlankLinesGivesTheDefaults() throws Exception {
            assertThat(load("# nothing here\n\n   \n# still nothing\n").config()).isEqualTo(SimulatorConfig.defaults());
        }

        @Test
        void theDefaultsAreTheDocumentedOnes() {
            SimulatorConfig defaults = SimulatorConfig.defaults();

            assertThat(defaults.chargePointId()).isEqualTo(ChargePointId.of("SIM001"));
            assertThat(defaults.centralSystemUrl()).isEmpty();
            assertThat(defaults.connectorCount()).isEqualTo(2);
            assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(300));
            assertThat(defaults.meterValuesInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(defaults.vendorInfo()).isEqualTo(new VendorInfoConfig("ocpp-simulator", "Simulator", "1.0.0"));
            assertThat(defaults.apiConfig()).isEqualTo(new ApiConfig("127.0.0.1", 8081, true));
            assertThat(defaults.meterConfig()).isEqualTo(new MeterConfig(7360.0, 230.0, true, true));
        }

        @Test
        void missingKeysTakeTheirDefaults() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    connector_count = 4

                    [simulator.api_config]
                    port = 9090
                    """).config();

            assertThat(config).isEqualTo(SimulatorConfig.defaults().withConnectorCount(4).withApiPort(9090));
        }

        @Test
        void aMissingSimulatorTableWithAnotherSectionTakesTheDefaults() throws Exception {
            SimulatorConfig config = load("[simulator.meter_config]\nvoltage_v = 400.0\n").config();

            assertThat(config).isEqualTo(SimulatorConfig.defaults().withMeterConfig(new MeterConfig(7360, 400, true,
                    true)));
        }

        @Test
        void integersAreAcceptedWhereAFloatIsMeant() throws Exception {
            MeterConfig meter = load("""
                    [simulator.meter_config]
                    max_charging_power_w = 7360
                    voltage_v = 400
                    """).config().meterConfig();

            assertThat(meter.maxChargingPowerW()).isEqualTo(7360.0);
            assertThat(meter.voltageV()).isEqualTo(400.0);
        }

        @Test
        void anEmptyCentralSystemUrlMeansTheSandbox() throws Exception {
            assertThat(load("[simulator]\ncentral_system_url = \"\"\n").config().centralSystemUrl()).isEmpty();
        }

        @Test
        void dottedKeysAndInlineTablesAreTheSameAsTables() throws Exception {
            SimulatorConfig config = load("""
                    simulator.connector_count = 3
                    simulator.api_config = { port = 9000, enable_cors = false }
                    """).config();

            assertThat(config.connectorCount()).isEqualTo(3);
            assertThat(config.apiConfig()).isEqualTo(new ApiConfig("127.0.0.1", 9000, false));
        }

        @Test
        void aByteOrderMarkIsIgnored() throws Exception {
            assertThat(load("\uFEFF[simulator]\nconnector_count = 5\n").config().connectorCount()).isEqualTo(5);
        }

        @Test
        void meterValuesIntervalZeroMeansNone() throws Exception {
            assertThat(load("[simulator]\nmeter_values_interval = 0\n").config().meterValuesInterval())
                    .isZero();
        }

        @Test
        void anEmptyFirmwareVersionIsAllowed() throws Exception {
            VendorInfoConfig vendor = load("[simulator.vendor_info]\nfirmware_version = \"\"\n").config().vendorInfo();

            assertThat(vendor.firmwareVersion()).isEmpty();
            assertThat(vendor.toVendorInfo().firmwareVersion()).isNull();
        }

        @ParameterizedTest
        @CsvSource({
            "0.0.0.0, 0.0.0.0",
            "localhost, localhost",
            "sim-1.example.com, sim-1.example.com",
            "::, ::",
            "::1, ::1",
            "'[::1]', ::1",
            "fe80::1%eth0, fe80::1%eth0",
        })
        void bindAddressTakesHostNamesAndIpLiterals(String written, String held) throws Exception {
            String toml = "[simulator.api_config]\nbind_address = " + ConfigWriter.quoted(written) + "\n";

            assertThat(load(toml).config().apiConfig().bindAddress()).isEqualTo(held);
        }

        @Test
        void parseNamesTheSourceInItsErrors() {
            ConfigException e = catchThrowableOfType(ConfigException.class,
                    () -> loader.parse("[simulator]\nport = 1\n", "cp001.toml"));

            assertThat(e.source()).isEqualTo("cp001.toml");
            assertThat(e.getMessage()).startsWith("cp001.toml: simulator.port: unknown key");
        }
    }

    @Nested
    class UnusedSections {

        @Test
        void theSeedsCustomScenarioIsAWarningNotAnError() throws Exception {
            LoadedConfig loaded = load(SEED_SCENARIO);

            assertThat(loaded.config()).isEqualTo(SimulatorConfig.defaults());
            assertThat(loaded.warnings()).containsExactly(
                    issue("simulator.scenario_config", 1, 1, "not used by this version; its content is ignored"));
        }

        @Test
        void anUnusedSectionWarnsOnceWhateverItHolds() throws Exception {
            LoadedConfig loaded = load("""
                    [simulator]
                    connector_count = 3

                    [simulator.scenario_config]
                    anything = "goes"

                    [simulator.scenario_config.more]
                    nested = [1, 2]
                    """);

            assertThat(loaded.config().connectorCount()).isEqualTo(3);
            assertThat(loaded.warnings()).extracting(ConfigIssue::key, ConfigIssue::line)
                    .containsExactly(tuple("simulator.scenario_config", 4));
            assertThat(loaded.warnings().getFirst().describe()).isEqualTo(
                    "simulator.scenario_config: not used by this version; its content is ignored (line 4, column 1)");
        }

        @Test
        void anUnusedSectionMustStillBeATable() throws IOException {
            ConfigException e = failure("[simulator]\nscenario_config = true\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.scenario_config", 2, 1, "must be a table, was a boolean"));
        }
    }

    @Nested
    class FileProblems {

        @Test
        void aMissingFileNamesItsPath() {
            Path missing = dir.resolve("nope.toml");

            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(missing));

            assertThat(e.source()).isEqualTo(missing.toAbsolutePath().toString());
            assertThat(e.problems()).containsExactly(ConfigIssue.ofFile("configuration file not found"));
            assertThat(e.getMessage()).isEqualTo(missing.toAbsolutePath() + ": configuration file not found");
        }

        @Test
        void aDirectoryIsNotAConfigurationFile() {
            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(dir));

            assertThat(e.getMessage()).isEqualTo(dir.toAbsolutePath() + ": is a directory, not a configuration file");
        }

        @Test
        void aFileThatIsNotUtf8IsReported() throws IOException {
            Path latin1 = Files.write(dir.resolve("latin1.toml"),
                    "[simulator.vendor_info]\ncharge_point_vendor = \"M\u00fcller\"\n".getBytes(StandardCharsets.ISO_8859_1));

            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(latin1));

            assertThat(e.problems()).containsExactly(ConfigIssue.ofFile("configuration file is not UTF-8 text"));
        }
    }

    @Nested
    class SyntaxErrors {

        @Test
        void aSyntaxErrorHasLineAndColumn() throws IOException {
            ConfigException e = failure("[simulator]\nconnector_count = \nport = 1\n");

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.key()).isEmpty();
                assertThat(problem.line()).isEqualTo(2);
                assertThat(problem.column()).isEqualTo(19);
                assertThat(problem.message()).startsWith("invalid TOML: Unexpected end of line, expected");
            });
        }

        @Test
        void everySyntaxErrorIsReportedInFileOrder() throws IOException {
            ConfigException e = failure("""
                    [simulator]
                    connector_count = 1
                    connector_count = 2
                    [simulator]
                    charge_point_id = "unterminated
                    port = [1, 2
                    """);

            assertThat(e.problems()).extracting(ConfigIssue::line).containsExactly(3, 4, 5, 7);
            assertThat(e.problems().getFirst().message())
                    .isEqualTo("invalid TOML: connector_count previously defined at line 2, column 1");
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void aTypoSuggestsTheClosestKey() throws IOException {
            ConfigException e = failure("""
                    [simulator]
                    charge_point_id = "CP001"
                    heartbeat_intervall = 60
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.heartbeat_intervall", 3, 1, "unknown key, did you mean heartbeat_interval?"));
        }

        @Test
        void aKeyNothingResemblesGetsNoSuggestion() throws IOException {
            ConfigException e = failure("[simulator.api_config]\ncolour = \"red\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.api_config.colour", 2, 1, "unknown key"));
        }

        @Test
        void aKeyInTheWrongTableSuggestsWhereItBelongs() throws IOException {
            ConfigException e = failure("[simulator]\nport = 9090\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.port", 2, 1, "unknown key, did you mean simulator.api_config.port?"));
        }

        @Test
        void aTopLevelKeyOutsideSimulatorIsAnError() throws IOException {
            ConfigException e = failure("connector_count = 4\n\n[simulator]\ncharge_point_id = \"CP001\"\n");

            assertThat(e.problems()).containsExactly(issue("connector_count", 1, 1,
                    "unknown key outside [simulator], did you mean simulator.connector_count?"));
        }

        @Test
        void anUnknownTopLevelSectionSuggestsSimulator() throws IOException {
            ConfigException e = failure("[simulater]\nconnector_count = 4\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulater", 1, 1, "unknown section, did you mean simulator?"));
        }

        @Test
        void aSectionOutsideSimulatorSuggestsItsPlace() throws IOException {
            ConfigException e = failure("[api_config]\nport = 9090\n");

            assertThat(e.problems()).containsExactly(
                    issue("api_config", 1, 1, "unknown section, did you mean simulator.api_config?"));
        }

        @Test
        void anUnknownSectionInsideSimulatorIsReported() throws IOException {
            ConfigException e = failure("""
                    [simulator.meter_conf]
                    voltage_v = 230.0

                    [simulator.network]
                    retries = 3
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.meter_conf", 1, 1, "unknown section, did you mean meter_config?"),
                    issue("simulator.network", 4, 1, "unknown section"));
        }

        @Test
        void quotedKeysWithDotsAreNamedUnambiguously() throws IOException {
            ConfigException e = failure("[simulator]\n\"heartbeat.interval\" = 60\n");

            assertThat(e.problems()).containsExactly(issue("simulator.\"heartbeat.interval\"", 2, 1,
                    "unknown key, did you mean heartbeat_interval?"));
        }

        @Test
        void keysAreCaseSensitiveButTheSuggestionHelps() throws IOException {
            ConfigException e = failure("[simulator.api_config]\nPort = 9090\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.api_config.Port", 2, 1, "unknown key, did you mean port?"));
        }
    }

    @Nested
    class WrongTypes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "connector_count = \"4\"          | simulator.connector_count       | must be an integer, was a string",
            "connector_count = 2.5            | simulator.connector_count       | must be an integer, was a float",
            "heartbeat_interval = true        | simulator.heartbeat_interval    | must be an integer, was a boolean",
            "meter_values_interval = [60]     | simulator.meter_values_interval | must be an integer, was an array",
            "charge_point_id = 42             | simulator.charge_point_id       | must be a string, was an integer",
            "central_system_url = 1979-05-27T07:32:00Z | simulator.central_system_url | must be a string, was an offset date-time",
            "vendor_info = \"ACME\"           | simulator.vendor_info           | must be a table, was a string",
        })
        void inSimulator(String line, String key, String message) throws IOException {
            ConfigException e = failure("[simulator]\n" + line + "\n");

            assertThat(e.problems()).containsExactly(issue(key, 2, 1, message));
        }

        @Test
        void inTheSubsections() throws IOException {
            ConfigException e = failure("""
                    [simulator.vendor_info]
                    charge_point_model = 3

                    [simulator.api_config]
                    port = "8081"
                    enable_cors = "yes"

                    [simulator.meter_config]
                    voltage_v = "230"
                    include_noise = 1
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.vendor_info.charge_point_model", 2, 1, "must be a string, was an integer"),
                    issue("simulator.api_config.port", 5, 1, "must be an integer, was a string"),
                    issue("simulator.api_config.enable_cors", 6, 1, "must be a boolean (true or false), was a string"),
                    issue("simulator.meter_config.voltage_v", 9, 1, "must be a number, was a string"),
                    issue("simulator.meter_config.include_noise", 10, 1,
                            "must be a boolean (true or false), was an integer"));
        }

        @Test
        void simulatorMustBeATable() throws IOException {
            assertThat(failure("simulator = 5\n").problems())
                    .containsExactly(issue("simulator", 1, 1, "must be a table, was an integer"));
        }

        @Test
        void simulatorMustNotBeAnArrayOfTables() throws IOException {
            assertThat(failure("[[simulator]]\nconnector_count = 2\n").problems())
                    .containsExactly(issue("simulator", 1, 1, "must be a table, was an array"));
        }
    }

    @Nested
    class InvalidValues {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "connector_count = 0         | simulator.connector_count       | must be between 1 and 100, was 0",
            "connector_count = 101       | simulator.connector_count       | must be between 1 and 100, was 101",
            "connector_count = 9999999999999 | simulator.connector_count   | must be between 1 and 100, was 9999999999999",
            "heartbeat_interval = 0      | simulator.heartbeat_interval    | must be between 1 and 86400 seconds, was 0",
            "heartbeat_interval = 86401  | simulator.heartbeat_interval    | must be between 1 and 86400 seconds, was 86401",
            "meter_values_interval = -1  | simulator.meter_values_interval | must be between 0 and 86400 seconds, was -1",
        })
        void outOfRangeInSimulator(String line, String key, String message) throws IOException {
            assertThat(failure("[simulator]\n" + line + "\n").problems()).containsExactly(issue(key, 2, 1, message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "port = -1                      | simulator.api_config.port | must be between 0 and 65535, was -1",
            "port = 70000                   | simulator.api_config.port | must be between 0 and 65535, was 70000",
            "bind_address = \"\"            | simulator.api_config.bind_address | must be a host name or an IP address, was ''",
            "bind_address = \"256.1.1.1\"   | simulator.api_config.bind_address | must be a host name or an IP address, was '256.1.1.1'",
            "bind_address = \"my host\"     | simulator.api_config.bind_address | must be a host name or an IP address, was 'my host'",
            "bind_address = \"-host\"       | simulator.api_config.bind_address | must be a host name or an IP address, was '-host'",
            "bind_address = \"1:2:3\"       | simulator.api_config.bind_address | must be a host name or an IP address, was '1:2:3'",
        })
        void invalidInApiConfig(String line, String key, String message) throws IOException {
            assertThat(failure("[simulator.api_config]\n" + line + "\n").problems())
                    .containsExactly(issue(key, 2, 1, message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "max_charging_power_w = 0       | simulator.meter_config.max_charging_power_w | must be greater than 0 and at most 1000000, was 0.0",
            "max_charging_power_w = -7360.0 | simulator.meter_config.max_charging_power_w | must be greater than 0 and at most 1000000, was -7360.0",
            "max_charging_power_w = 1000000.5 | simulator.meter_config.max_charging_power_w | must be greater than 0 and at most 1000000, was 1000000.5",
            "max_charging_power_w = nan     | simulator.meter_config.max_charging_power_w | must be greater than 0 and at most 1000000, was NaN",
            "voltage_v = inf                | simulator.meter_config.voltage_v | must be greater than 0 and at most 1000, was Infinity",
            "voltage_v = 1001               | simulator.meter_config.voltage_v | must be greater than 0 and at most 1000, was 1001.0",
        })
        void invalidInMeterConfig(String line, String key, String message) throws IOException {
            assertThat(failure("[simulator.meter_config]\n" + line + "\n").problems())
                    .containsExactly(issue(key, 2, 1, message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''                   | must not be blank",
            "CP 001               | may contain letters, digits and * - _ = + @ . ~ only, found ' '",
            "site/CP001           | may contain letters, digits and * - _ = + @ . ~ only, found '/'",
            "CP\u00e9             | may contain letters, digits and * - _ = + @ . ~ only, found '\u00e9'",
            "0123456789012345678901234567890123456789012345678 | must be at most 48 characters, was 49",
        })
        void invalidChargePointId(String id, String message) throws IOException {
            ConfigException e = failure("[simulator]\ncharge_point_id = " + ConfigWriter.quoted(id) + "\n");

            assertThat(e.problems()).containsExactly(issue("simulator.charge_point_id", 2, 1, message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "http://localhost:8080      | must be a ws:// or wss:// URL with a host, was 'http://localhost:8080'",
            "localhost:8080             | must be a ws:// or wss:// URL with a host, was 'localhost:8080'",
            "ws:///ocpp                 | must be a ws:// or wss:// URL with a host, was 'ws:///ocpp'",
            "ws://my_host/ocpp          | must be a ws:// or wss:// URL with a host, was 'ws://my_host/ocpp'",
            "ws://cs.example.com/a b    | is not a valid URL (Illegal character in path at character 22), was 'ws://cs.example.com/a b'",
            "wss://cs.example.com:70000 | has port 70000, ports go up to 65535",
            "ws://cs.example.com/ocpp?token=1 | must not have a query or fragment (the charge point id is appended to the path), was 'ws://cs.example.com/ocpp?token=1'",
        })
        void invalidCentralSystemUrl(String url, String message) throws IOException {
            ConfigException e = failure("[simulator]\ncentral_system_url = " + ConfigWriter.quoted(url) + "\n");

            assertThat(e.problems()).containsExactly(issue("simulator.central_system_url", 2, 1, message));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ws://localhost:8080", "wss://cs.example.com/ocpp/", "WSS://CS.example.com:443/ocpp",
            "ws://[::1]:8080/ocpp", "ws://10.0.0.1/steve/websocket/CentralSystemService"})
        void validCentralSystemUrls(String url) throws Exception {
            SimulatorConfig config = load("[simulator]\ncentral_system_url = " + ConfigWriter.quoted(url) + "\n")
                    .config();

            assertThat(config.centralSystemUrl()).contains(URI.create(url));
        }

        @Test
        void vendorStringsKeepTheOcppLimits() throws IOException {
            ConfigException e = failure("""
                    [simulator.vendor_info]
                    charge_point_vendor = "A Vendor Name Too Long"
                    charge_point_model = " "
                    firmware_version = "%s"
                    """.formatted("1".repeat(51)));

            assertThat(e.problems()).containsExactly(
                    issue("simulator.vendor_info.charge_point_vendor", 2, 1, "must be at most 20 characters, was 22"),
                    issue("simulator.vendor_info.charge_point_model", 3, 1, "must not be blank"),
                    issue("simulator.vendor_info.firmware_version", 4, 1, "must be at most 50 characters, was 51"));
        }

        @Test
        void vendorStringsAtTheLimitsAreFine() throws Exception {
            VendorInfoConfig vendor = load("""
                    [simulator.vendor_info]
                    charge_point_vendor = "%s"
                    charge_point_model = "%s"
                    firmware_version = "%s"
                    """.formatted("v".repeat(20), "m".repeat(20), "f".repeat(50))).config().vendorInfo();

            assertThat(vendor).isEqualTo(new VendorInfoConfig("v".repeat(20), "m".repeat(20), "f".repeat(50)));
        }
    }

    @Nested
    class MultipleProblems {

        @Test
        void everyProblemIsReportedTogetherInFileOrder() throws IOException {
            ConfigException e = failure("""
                    title = "my simulator"

                    [simulator]
                    charge_point_id = "CP 001"
                    central_system_url = "http://cs.example.com"
                    connector_count = 2.5
                    heartbeat_intervall = 60

                    [simulator.vendor_info]
                    charge_point_vendor = "A Vendor Name Too Long"

                    [simulator.api_config]
                    port = 70000

                    [simulator.fault_config]
                    enable_random_faults = true
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("title", 1, 1, "unknown key outside [simulator]"),
                    issue("simulator.charge_point_id", 4, 1,
                            "may contain letters, digits and * - _ = + @ . ~ only, found ' '"),
                    issue("simulator.central_system_url", 5, 1,
                            "must be a ws:// or wss:// URL with a host, was 'http://cs.example.com'"),
                    issue("simulator.connector_count", 6, 1, "must be an integer, was a float"),
                    issue("simulator.heartbeat_intervall", 7, 1, "unknown key, did you mean heartbeat_interval?"),
                    issue("simulator.vendor_info.charge_point_vendor", 10, 1, "must be at most 20 characters, was 22"),
                    issue("simulator.api_config.port", 13, 1, "must be between 0 and 65535, was 70000"));
        }

        @Test
        void theMessageListsEveryProblem() throws IOException {
            Path path = file("[simulator]\nconnector_count = 0\n\n[simulator.api_config]\nport = 70000\n");

            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(path));

            assertThat(e.getMessage()).isEqualTo(path + ": 2 problems" + System.lineSeparator()
                    + "  simulator.connector_count: must be between 1 and 100, was 0 (line 2, column 1)"
                    + System.lineSeparator()
                    + "  simulator.api_config.port: must be between 0 and 65535, was 70000 (line 5, column 1)");
        }

        @Test
        void aSingleProblemIsOneLine() throws IOException {
            Path path = file(SEED_BASIC.replace("port = 8081", "port = 70000"));

            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(path));

            assertThat(e.getMessage()).isEqualTo(
                    path + ": simulator.api_config.port: must be between 0 and 65535, was 70000 (line 15, column 1)");
        }

        @Test
        void aProblemInOneKeyDoesNotHideTheOthersInTheSameTable() throws IOException {
            ConfigException e = failure("""
                    [simulator.meter_config]
                    max_charging_power_w = 0
                    voltage_v = 0
                    include_noise = "no"
                    simulate_drift = "no"
                    """);

            assertThat(e.problems()).extracting(ConfigIssue::key).containsExactly(
                    "simulator.meter_config.max_charging_power_w", "simulator.meter_config.voltage_v",
                    "simulator.meter_config.include_noise", "simulator.meter_config.simulate_drift");
        }
    }

    @Test
    void loadedConfigsAreEqualToBuiltOnes() throws Exception {
        SimulatorConfig expected = new SimulatorConfig(ChargePointId.of("CP001"),
                Optional.of(URI.create("wss://cs.example.com/ocpp")), 4, Duration.ofSeconds(30), Duration.ZERO,
                new VendorInfoConfig("ACME", "Fast", ""), new ApiConfig("0.0.0.0", 9090, false),
                new MeterConfig(22000, 400, false, false));

        SimulatorConfig loaded = load("""
                [simulator]
                charge_point_id = "CP001"
                central_system_url = "wss://cs.example.com/ocpp"
                connector_count = 4
                heartbeat_interval = 30
                meter_values_interval = 0
                vendor_info = { charge_point_vendor = "ACME", charge_point_model = "Fast", firmware_version = "" }
                api_config = { bind_address = "0.0.0.0", port = 9090, enable_cors = false }
                meter_config = { max_charging_power_w = 22000, voltage_v = 400, include_noise = false, simulate_drift = false }
                """).config();

        assertThat(loaded).isEqualTo(expected);
    }
}
