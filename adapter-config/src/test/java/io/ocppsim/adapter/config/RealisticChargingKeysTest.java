package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.RandomFaultPolicy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys of issue 4: seed, the whole meter, the EV, charging patterns and random faults. */
class RealisticChargingKeysTest extends TomlFileTest {

    private static final URI SANDBOX = URI.create("ws://127.0.0.1:18080/ocpp");

    private static ConfigIssue issue(String key, int line, int column, String message) {
        return new ConfigIssue(key, line, column, message);
    }

    /** The one problem of {@code line} written under {@code header}, at line 2. */
    private ConfigIssue onlyProblem(String header, String line) throws IOException {
        List<ConfigIssue> problems = failure(header + "\n" + line + "\n").problems();
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Nested
    class TheSeedReadme {

        @Test
        void itsMeterAndFaultBlocksLoadWithoutWarnings() throws Exception {
            LoadedConfig loaded = load(ConfigLoaderTest.SEED_BASIC + "\n" + ConfigLoaderTest.SEED_FAULTS);

            assertThat(loaded.warnings()).isEmpty();
            SimulatorConfig config = loaded.config();
            assertThat(config.meterConfig()).isEqualTo(MeterConfig.DEFAULTS);
            assertThat(config.faultConfig()).isEqualTo(FaultConfig.DEFAULTS.withEnableRandomFaults(true));
        }

        @Test
        void itsFaultBlockSwitchesRandomFaultsOnWithItsWeights() throws Exception {
            ChargePointSettings settings = load(ConfigLoaderTest.SEED_FAULTS).config().toChargePointSettings(SANDBOX);

            assertThat(settings.randomFaults()).isEqualTo(new RandomFaultPolicy(true, 0.01, Duration.ofSeconds(60),
                    Duration.ofSeconds(30), Duration.ofSeconds(300), Map.of(
                            ChargePointErrorCode.OverCurrentFailure, 0.3,
                            ChargePointErrorCode.OverVoltage, 0.2,
                            ChargePointErrorCode.HighTemperature, 0.1)));
        }

        @Test
        void anEmptyFileGivesTheDomainsDefaults() throws Exception {
            ChargePointSettings settings = load("").config().toChargePointSettings(SANDBOX);

            assertThat(settings.charging()).isEqualTo(new ChargingSetup(MeterSetup.DEFAULT, ChargingPattern.constant(),
                    EvProfile.DEFAULT));
            assertThat(settings.connectorPatterns()).isEmpty();
            assertThat(settings.randomFaults()).isEqualTo(RandomFaultPolicy.DISABLED);
        }
    }

    @Nested
    class Seed {

        @Test
        void aSeedIsPassedOn() throws Exception {
            SimulatorConfig config = load("[simulator]\nseed = 42\n").config();

            assertThat(config.seed()).hasValue(42);
            assertThat(config.toChargePointSettings(SANDBOX).seed()).isEqualTo(42);
        }

        @Test
        void aSeedIsExactInJson() throws Exception {
            assertThat(load("[simulator]\nseed = -9007199254740991\n").config().seed()).hasValue(-((1L << 53) - 1));
            assertThat(onlyProblem("[simulator]", "seed = 9007199254740992")).isEqualTo(issue("simulator.seed", 2, 1,
                    "must be between -9007199254740991 and 9007199254740991 (2^53 - 1, exact in JSON), was "
                            + "9007199254740992"));
        }

        @Test
        void withoutASeedEveryStartDrawsANewOne() throws Exception {
            SimulatorConfig config = load("[simulator]\nconnector_count = 1\n").config();

            assertThat(config.seed()).isEmpty();
            assertThat(config.toChargePointSettings(SANDBOX).seed())
                    .isNotEqualTo(config.toChargePointSettings(SANDBOX).seed());
        }

        @Test
        void aSeedMustBeAnInteger() throws IOException {
            assertThat(onlyProblem("[simulator]", "seed = \"42\""))
                    .isEqualTo(issue("simulator.seed", 2, 1, "must be an integer, was a string"));
        }
    }

    @Nested
    class Meter {

        @Test
        void everyKeyIsRead() throws Exception {
            MeterConfig meter = load("""
                    [simulator.meter_config]
                    max_charging_power_w = 22000
                    voltage_v = 240.0
                    phases = 3
                    power_factor = 0.95
                    frequency_hz = 60
                    include_noise = true
                    noise_amplitude = 0.01
                    simulate_drift = true
                    drift_rate_per_hour = 0.004
                    drift_bound = 0.02
                    ambient_temperature_c = -10.5
                    temperature_rise_c = 35
                    thermal_time_constant_seconds = 900
                    update_interval_seconds = 5
                    """).config().meterConfig();

            assertThat(meter).isEqualTo(new MeterConfig(22_000, 240, 3, 0.95, 60, true, 0.01, true, 0.004, 0.02, -10.5,
                    35, Duration.ofSeconds(900), Duration.ofSeconds(5)));
            assertThat(meter.toMeterSetup()).isEqualTo(new MeterSetup(Power.ofWatts(22_000), 240, 3, 0.95, 60, 0.01,
                    0.004, 0.02, -10.5, 35, Duration.ofSeconds(900), Duration.ofSeconds(5)));
        }

        @Test
        void noiseAndDriftSwitchedOffAreKeptButNotUsed() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.meter_config]
                    include_noise = false
                    noise_amplitude = 0.1
                    simulate_drift = false
                    drift_rate_per_hour = 0.5
                    """).config();

            assertThat(config.meterConfig().noiseAmplitude()).isEqualTo(0.1);
            assertThat(config.meterConfig().driftRatePerHour()).isEqualTo(0.5);
            MeterSetup setup = config.toChargePointSettings(SANDBOX).charging().meter();
            assertThat(setup.noiseSigma()).isZero();
            assertThat(setup.driftRatePerHour()).isZero();
        }

        @Test
        void theDefaultsAreTheDomains() {
            assertThat(MeterConfig.DEFAULTS.toMeterSetup()).isEqualTo(MeterSetup.DEFAULT);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "phases = 0                          | phases                        | must be between 1 and 3, was 0",
            "phases = 4                          | phases                        | must be between 1 and 3, was 4",
            "phases = 3.0                        | phases                        | must be an integer, was a float",
            "power_factor = 0                    | power_factor                  | must be greater than 0 and at most 1, was 0.0",
            "power_factor = 1.01                 | power_factor                  | must be greater than 0 and at most 1, was 1.01",
            "frequency_hz = -50                  | frequency_hz                  | must be greater than 0 and at most 1000, was -50.0",
            "noise_amplitude = 0.21              | noise_amplitude               | must be between 0 and 0.2, was 0.21",
            "noise_amplitude = -0.001            | noise_amplitude               | must be between 0 and 0.2, was -0.001",
            "drift_rate_per_hour = nan           | drift_rate_per_hour           | must be between 0 and 1, was NaN",
            "drift_bound = 0.6                   | drift_bound                   | must be between 0 and 0.5, was 0.6",
            "ambient_temperature_c = 101         | ambient_temperature_c         | must be between -100 and 100, was 101.0",
            "temperature_rise_c = -1             | temperature_rise_c            | must be between 0 and 1000, was -1.0",
            "thermal_time_constant_seconds = 0   | thermal_time_constant_seconds | must be between 1 and 86400 seconds, was 0",
            "thermal_time_constant_seconds = 1.5 | thermal_time_constant_seconds | must be an integer, was a float",
            "update_interval_seconds = 0         | update_interval_seconds       | must be between 1 and 3600 seconds, was 0",
            "update_interval_seconds = 3601      | update_interval_seconds       | must be between 1 and 3600 seconds, was 3601",
            "include_noise = \"yes\"             | include_noise                 | must be a boolean (true or false), was a string",
        })
        void invalidValuesNameTheirKey(String line, String key, String message) throws IOException {
            assertThat(onlyProblem("[simulator.meter_config]", line))
                    .isEqualTo(issue("simulator.meter_config." + key, 2, 1, message));
        }

        @Test
        void aMistypedKeyGetsAHint() throws IOException {
            assertThat(onlyProblem("[simulator.meter_config]", "noise_amplitute = 0.01")).isEqualTo(issue(
                    "simulator.meter_config.noise_amplitute", 2, 1, "unknown key, did you mean noise_amplitude?"));
        }
    }

    @Nested
    class Ev {

        @Test
        void everyKeyIsRead() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.ev_config]
                    battery_capacity_wh = 77000
                    initial_soc = 10.5
                    target_soc = 90
                    max_power_w = 7400.0
                    phases = 1
                    """).config();

            assertThat(config.evConfig()).isEqualTo(new EvConfig(77_000, 10.5, 90, 7_400, 1));
            assertThat(config.toChargePointSettings(SANDBOX).charging().defaultEv())
                    .isEqualTo(new EvProfile(77_000, 10.5, 90, 7_400, 1));
        }

        @Test
        void theDefaultsAreTheDomains() {
            assertThat(EvConfig.DEFAULTS.toEvProfile()).isEqualTo(EvProfile.DEFAULT);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "battery_capacity_wh = 0       | battery_capacity_wh | must be greater than 0 and at most 1000000, was 0.0",
            "battery_capacity_wh = \"60\"  | battery_capacity_wh | must be a number, was a string",
            "initial_soc = -1              | initial_soc         | must be between 0 and 100, was -1.0",
            "target_soc = 100.5            | target_soc          | must be between 0 and 100, was 100.5",
            "max_power_w = 1000001         | max_power_w         | must be greater than 0 and at most 1000000, was 1000001.0",
            "phases = 2                    | phases              | must be 1 or 3, was 2",
        })
        void invalidValuesNameTheirKey(String line, String key, String message) throws IOException {
            assertThat(onlyProblem("[simulator.ev_config]", line))
                    .isEqualTo(issue("simulator.ev_config." + key, 2, 1, message));
        }

        @Test
        void aTargetBelowTheInitialStateOfChargeIsRefusedByTheDomainAtTheTargetsKey() throws IOException {
            ConfigException e = failure("[simulator.ev_config]\ninitial_soc = 60\ntarget_soc = 50\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.ev_config.target_soc", 3, 1, "must be between 60.0 and 100.0, was 50.0"));
        }

        @Test
        void aTargetBelowTheDefaultInitialStateOfChargeIsRefusedToo() throws IOException {
            assertThat(onlyProblem("[simulator.ev_config]", "target_soc = 10"))
                    .isEqualTo(issue("simulator.ev_config.target_soc", 2, 1, "must be between 20.0 and 100.0, was 10.0"));
        }

        @Test
        void anInitialStateOfChargeAboveTheDefaultTargetIsTheTarget() throws Exception {
            EvConfig ev = load("[simulator.ev_config]\ninitial_soc = 90\n").config().evConfig();
            assertThat(ev.initialSoc()).isEqualTo(90);
            assertThat(ev.targetSoc()).as("charges no further, as a plug-in over REST would").isEqualTo(90);
        }

        @Test
        void aBadValueDoesNotAlsoBlameItsNeighbours() throws IOException {
            ConfigException e = failure("[simulator.ev_config]\ninitial_soc = 150\ntarget_soc = 10\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.ev_config.initial_soc", 2, 1, "must be between 0 and 100, was 150.0"));
        }

        @Test
        void theRecordNamesTheKeyOfAValueTheDomainRefuses() {
            assertThatThrownBy(() -> new EvConfig(60_000, 50, 40, 11_000, 3))
                    .isInstanceOfSatisfying(ConfigValueException.class, e -> {
                        assertThat(e.key()).isEqualTo("simulator.ev_config.target_soc");
                        assertThat(e.reason()).isEqualTo("must be between 50.0 and 100.0, was 40.0");
                    });
        }
    }

    @Nested
    class Patterns {

        @Test
        void theDefaultIsConstant() throws Exception {
            SimulatorConfig config = load("").config();

            assertThat(config.chargingPattern()).isEqualTo(ChargingPatternConfig.DEFAULTS);
            assertThat(config.toChargePointSettings(SANDBOX).charging().pattern())
                    .isEqualTo(ChargingPattern.constant());
        }

        @Test
        void taperedTakesItsStartAndFloor() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.charging_pattern]
                    type = "tapered"
                    taper_start_soc = 70
                    taper_floor = 0.1
                    """).config();

            assertThat(config.toChargePointSettings(SANDBOX).charging().pattern())
                    .isEqualTo(new ChargingPattern.Tapered(70, 0.1));
        }

        @Test
        void taperedWithoutItsKeysTakesTheirDefaults() throws Exception {
            assertThat(load("[simulator.charging_pattern]\ntype = \"tapered\"\n").config().chargingPattern()
                    .toChargingPattern()).isEqualTo(new ChargingPattern.Tapered(60, 0.05));
        }

        @Test
        void variableTakesItsSetPointAndAmplitude() throws Exception {
            SimulatorConfig config = load("""
                    [simulator.charging_pattern]
                    type = "variable"
                    set_point = 0.6
                    amplitude = 0.3
                    """).config();

            assertThat(config.toChargePointSettings(SANDBOX).charging().pattern())
                    .isEqualTo(new ChargingPattern.Variable(0.6, 0.3));
            assertThat(load("[simulator.charging_pattern]\ntype = \"variable\"\n").config().chargingPattern()
                    .toChargingPattern()).isEqualTo(new ChargingPattern.Variable(0.8, 0.15));
        }

        @Test
        void anUnknownTypeListsTheThree() throws IOException {
            assertThat(onlyProblem("[simulator.charging_pattern]", "type = \"Tapered\"")).isEqualTo(issue(
                    "simulator.charging_pattern.type", 2, 1,
                    "must be \"constant\", \"tapered\" or \"variable\", was 'Tapered'"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "taper_start_soc = 101 | taper_start_soc | must be between 0 and 100, was 101.0",
            "taper_floor = 0       | taper_floor     | must be greater than 0 and at most 1, was 0.0",
            "set_point = 1.5       | set_point       | must be between 0 and 1, was 1.5",
            "amplitude = -0.1      | amplitude       | must be between 0 and 1, was -0.1",
            "type = 1              | type            | must be a string, was an integer",
        })
        void invalidValuesNameTheirKeyWhateverTheType(String line, String key, String message) throws IOException {
            assertThat(onlyProblem("[simulator.charging_pattern]", line))
                    .isEqualTo(issue("simulator.charging_pattern." + key, 2, 1, message));
        }

        @Test
        void aConnectorsPatternOverridesTheMainOneAndTakesTheKeysItLeavesOut() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    connector_count = 3

                    [simulator.charging_pattern]
                    type = "variable"
                    taper_start_soc = 60
                    set_point = 0.5

                    [simulator.charging_pattern.connectors.3]
                    type = "tapered"
                    taper_floor = 0.2

                    [simulator.charging_pattern.connectors.2]
                    type = "variable"
                    amplitude = 0.05
                    """).config();

            assertThat(config.connectorPatterns()).containsOnlyKeys(2, 3);
            ChargePointSettings settings = config.toChargePointSettings(SANDBOX);
            assertThat(settings.charging(1).pattern()).isEqualTo(new ChargingPattern.Variable(0.5, 0.15));
            assertThat(settings.charging(2).pattern()).isEqualTo(new ChargingPattern.Variable(0.5, 0.05));
            assertThat(settings.charging(3).pattern()).isEqualTo(new ChargingPattern.Tapered(60, 0.2));
        }

        @Test
        void aConnectorsTableNeedsItsType() throws IOException {
            ConfigException e = failure("[simulator.charging_pattern.connectors.1]\nset_point = 0.5\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.charging_pattern.connectors.1.type", 1, 1, "is required"));
        }

        @Test
        void aConnectorOutsideTheChargePointIsNamed() throws IOException {
            ConfigException e = failure("""
                    [simulator]
                    connector_count = 2

                    [simulator.charging_pattern.connectors.3]
                    type = "tapered"
                    """);

            assertThat(e.problems()).containsExactly(issue("simulator.charging_pattern.connectors.3", 4, 1,
                    "names connector 3, but the charge point has connectors 1 to 2 (simulator.connector_count)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "01", "left"})
        void aConnectorIsNamedByItsNumber(String name) throws IOException {
            ConfigException e = failure("[simulator.charging_pattern.connectors." + name + "]\ntype = \"constant\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.charging_pattern.connectors." + name, 1, 1,
                    "must be a connector number, 1 to 2, was '" + name + "'"));
        }

        @Test
        void aHugeConnectorNumberIsOutsideTheChargePoint() throws IOException {
            ConfigException e = failure("[simulator.charging_pattern.connectors.99999999999]\ntype = \"constant\"\n");

            assertThat(e.problems()).containsExactly(issue("simulator.charging_pattern.connectors.99999999999", 1, 1,
                    "names connector 99999999999, but the charge point has connectors 1 to 2"
                            + " (simulator.connector_count)"));
        }

        @Test
        void aConnectorsEntryMustBeATable() throws IOException {
            ConfigException e = failure("[simulator.charging_pattern.connectors]\n1 = \"tapered\"\n");

            assertThat(e.problems()).containsExactly(
                    issue("simulator.charging_pattern.connectors.1", 2, 1, "must be a table, was a string"));
        }

        @Test
        void problemsInAConnectorsTableNameItsKeys() throws IOException {
            ConfigException e = failure("""
                    [simulator.charging_pattern.connectors.2]
                    type = "linear"
                    set_pont = 0.5
                    amplitude = 2
                    """);

            assertThat(e.problems()).containsExactly(
                    issue("simulator.charging_pattern.connectors.2.type", 2, 1,
                            "must be \"constant\", \"tapered\" or \"variable\", was 'linear'"),
                    issue("simulator.charging_pattern.connectors.2.set_pont", 3, 1,
                            "unknown key, did you mean set_point?"),
                    issue("simulator.charging_pattern.connectors.2.amplitude", 4, 1,
                            "must be between 0 and 1, was 2.0"));
        }

        @Test
        void fewerConnectorsThanPatternsIsRefusedByTheWither() throws Exception {
            SimulatorConfig config = load("""
                    [simulator]
                    connector_count = 2
                    [simulator.charging_pattern.connectors.2]
                    type = "tapered"
                    """).config();

            assertThatThrownBy(() -> config.withConnectorCount(1))
                    .isInstanceOfSatisfying(ConfigValueException.class, e -> assertThat(e.key())
                            .isEqualTo("simulator.charging_pattern.connectors.2"));
        }
    }

    @Nested
    class Faults {

        @Test
        void everyKeyIsRead() throws Exception {
            FaultConfig faults = load("""
                    [simulator.fault_config]
                    enable_random_faults = true
                    random_fault_probability = 0.5
                    random_fault_interval_seconds = 10
                    recovery_time_range = [0, 0]

                    [simulator.fault_config.fault_types]
                    GroundFailure = 2
                    "ReaderFailure" = 0
                    """).config().faultConfig();

            assertThat(faults).isEqualTo(new FaultConfig(true, 0.5, Duration.ofSeconds(10), Duration.ZERO,
                    Duration.ZERO, Map.of(ChargePointErrorCode.GroundFailure, 2.0, ChargePointErrorCode.ReaderFailure,
                            0.0)));
            assertThat(faults.toRandomFaultPolicy().share(ChargePointErrorCode.GroundFailure)).isEqualTo(1);
        }

        @Test
        void faultTypesReplaceTheDefaultWeights() throws Exception {
            FaultConfig faults = load("[simulator.fault_config.fault_types]\nOverVoltage = 1\n").config()
                    .faultConfig();

            assertThat(faults.faultTypes()).containsExactly(Map.entry(ChargePointErrorCode.OverVoltage, 1.0));
            assertThat(faults.enableRandomFaults()).isFalse();
        }

        @Test
        void theDefaultsAreTheSeedsSwitchedOff() {
            assertThat(FaultConfig.DEFAULTS.toRandomFaultPolicy()).isEqualTo(RandomFaultPolicy.DISABLED);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "enable_random_faults = 1            | enable_random_faults | must be a boolean (true or false), was an integer",
            "random_fault_probability = 1.5      | random_fault_probability | must be between 0 and 1, was 1.5",
            "random_fault_interval_seconds = 0   | random_fault_interval_seconds | must be between 1 and 86400 seconds, was 0",
            "recovery_time_range = [300, 30]     | recovery_time_range | must give the shortest time first, was [300, 30]",
            "recovery_time_range = [30]          | recovery_time_range | must be two numbers of seconds, [shortest, longest], was 1 number",
            "recovery_time_range = [1, 2, 3]     | recovery_time_range | must be two numbers of seconds, [shortest, longest], was 3 numbers",
            "recovery_time_range = [-1, 30]      | recovery_time_range | must hold seconds between 0 and 86400, was [-1, 30]",
            "recovery_time_range = [30, 86401]   | recovery_time_range | must hold seconds between 0 and 86400, was [30, 86401]",
            "recovery_time_range = [30, \"300\"] | recovery_time_range | must be an array of integers, item 2 was a string",
            "recovery_time_range = 300           | recovery_time_range | must be an array of integers, was an integer",
        })
        void invalidValuesNameTheirKey(String line, String key, String message) throws IOException {
            assertThat(onlyProblem("[simulator.fault_config]", line))
                    .isEqualTo(issue("simulator.fault_config." + key, 2, 1, message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"OverCurrentFailur\" = 0.3 | OverCurrentFailur | is not an OCPP 1.6 ChargePointErrorCode (names are case-sensitive), did you mean OverCurrentFailure?",
            "overvoltage = 0.3      | overvoltage | is not an OCPP 1.6 ChargePointErrorCode (names are case-sensitive), did you mean OverVoltage?",
            "NoError = 1            | NoError     | NoError is not a fault",
            "OverVoltage = -0.1     | OverVoltage | must be a weight of 0 or more, was -0.1",
            "OverVoltage = inf      | OverVoltage | must be a weight of 0 or more, was Infinity",
            "OverVoltage = \"high\" | OverVoltage | must be a number, was a string",
        })
        void invalidFaultTypesNameTheirCode(String line, String code, String message) throws IOException {
            assertThat(onlyProblem("[simulator.fault_config.fault_types]", line))
                    .isEqualTo(issue("simulator.fault_config.fault_types." + code, 2, 1, message));
        }

        @Test
        void aNameFarFromEveryCodeListsThem() throws IOException {
            assertThat(onlyProblem("[simulator.fault_config.fault_types]", "Meltdown = 1").message())
                    .startsWith("is not an OCPP 1.6 ChargePointErrorCode (names are case-sensitive); the codes are "
                            + "ConnectorLockFailure, EVCommunicationError, ")
                    .doesNotContain("NoError");
        }

        @Test
        void weightsMustNotAllBeZero() throws IOException {
            ConfigException e = failure("""
                    [simulator.fault_config]
                    enable_random_faults = true

                    [simulator.fault_config.fault_types]
                    OverVoltage = 0
                    """);

            assertThat(e.problems()).containsExactly(issue("simulator.fault_config.fault_types", 4, 1,
                    "must give at least one error code a weight above 0"));
        }

        @Test
        void anEmptyFaultTypesTableHasNoWeight() throws IOException {
            assertThat(failure("[simulator.fault_config.fault_types]\n").problems()).extracting(ConfigIssue::message)
                    .containsExactly("must give at least one error code a weight above 0");
        }

        @Test
        void everyBadCodeIsReported() throws IOException {
            ConfigException e = failure("""
                    [simulator.fault_config.fault_types]
                    OverVoltag = 1
                    NoError = 1
                    HighTemperature = -2
                    """);

            assertThat(e.problems()).extracting(ConfigIssue::key, ConfigIssue::line).containsExactly(
                    tuple("simulator.fault_config.fault_types.OverVoltag", 2),
                    tuple("simulator.fault_config.fault_types.NoError", 3),
                    tuple("simulator.fault_config.fault_types.HighTemperature", 4));
        }

        @Test
        void theRecordChecksItsValuesLikeTheLoader() {
            assertThatThrownBy(() -> new FaultConfig(true, 0.1, Duration.ofSeconds(60), Duration.ofSeconds(10),
                    Duration.ofSeconds(5), FaultConfig.DEFAULTS.faultTypes()))
                    .isInstanceOfSatisfying(ConfigValueException.class, e -> assertThat(e.key())
                            .isEqualTo("simulator.fault_config.recovery_time_range"));
            assertThatThrownBy(() -> new FaultConfig(true, 0.1, Duration.ofSeconds(60), Duration.ZERO,
                    Duration.ZERO, Map.of(ChargePointErrorCode.NoError, 1.0)))
                    .isInstanceOfSatisfying(ConfigValueException.class, e -> assertThat(e.key())
                            .isEqualTo("simulator.fault_config.fault_types.NoError"));
        }
    }

    @Test
    void problemsInEveryNewSectionAreReportedTogetherInFileOrder() throws IOException {
        ConfigException e = failure("""
                [simulator]
                seed = 1.5

                [simulator.meter_config]
                phases = 5

                [simulator.ev_config]
                battery_capacity_kwh = 60

                [simulator.charging_pattern]
                type = "ramp"

                [simulator.fault_config]
                recovery_time_range = [5]

                [simulator.fault_config.fault_types]
                Overheating = 1
                """);

        assertThat(e.problems()).containsExactly(
                issue("simulator.seed", 2, 1, "must be an integer, was a float"),
                issue("simulator.meter_config.phases", 5, 1, "must be between 1 and 3, was 5"),
                issue("simulator.ev_config.battery_capacity_kwh", 8, 1,
                        "unknown key, did you mean battery_capacity_wh?"),
                issue("simulator.charging_pattern.type", 11, 1,
                        "must be \"constant\", \"tapered\" or \"variable\", was 'ramp'"),
                issue("simulator.fault_config.recovery_time_range", 14, 1,
                        "must be two numbers of seconds, [shortest, longest], was 1 number"),
                issue("simulator.fault_config.fault_types.Overheating", 17, 1,
                        "is not an OCPP 1.6 ChargePointErrorCode (names are case-sensitive); the codes are "
                                + "ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, "
                                + "InternalError, LocalListConflict, OtherError, OverCurrentFailure, OverVoltage, "
                                + "PowerMeterFailure, PowerSwitchFailure, ReaderFailure, ResetFailure, UnderVoltage, "
                                + "WeakSignal"));
    }

    @Test
    void aKeyInTheWrongTableIsPointedToItsPlace() throws IOException {
        assertThat(onlyProblem("[simulator]", "enable_random_faults = true")).isEqualTo(issue(
                "simulator.enable_random_faults", 2, 1,
                "unknown key, did you mean simulator.fault_config.enable_random_faults?"));
    }

    @Test
    void theSeedSurvivesTheWithers() {
        SimulatorConfig config = SimulatorConfig.defaults().withSeed(OptionalLong.of(7)).withConnectorCount(3);

        assertThat(config.seed()).hasValue(7);
        assertThat(config.withSeed(OptionalLong.empty()).seed()).isEmpty();
    }
}
