package io.ocppsim.domain.configuration;

import static io.ocppsim.domain.configuration.ConfigurationKey.AuthorizationKey;
import static io.ocppsim.domain.configuration.ConfigurationKey.ConnectorPhaseRotation;
import static io.ocppsim.domain.configuration.ConfigurationKey.HeartbeatInterval;
import static io.ocppsim.domain.configuration.ConfigurationKey.LocalAuthListEnabled;
import static io.ocppsim.domain.configuration.ConfigurationKey.LocalPreAuthorize;
import static io.ocppsim.domain.configuration.ConfigurationKey.MeterValueSampleInterval;
import static io.ocppsim.domain.configuration.ConfigurationKey.MeterValuesSampledData;
import static io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus.Accepted;
import static io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus.NotSupported;
import static io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus.RebootRequired;
import static io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus.Rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationEntry;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationReport;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.meter.Measurand;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OcppConfigurationTest {

    private static final Set<FeatureProfile> ALL = EnumSet.allOf(FeatureProfile.class);
    private static final Set<FeatureProfile> CORE_ONLY = EnumSet.of(FeatureProfile.Core);
    private static final String SECRET = "s3cret-Basic-Password";

    private static OcppConfiguration config() {
        return new OcppConfiguration(2, ALL, Map.of());
    }

    private static void assertInvalid(ThrowingCallable call, String field, String reasonFragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reasonFragment);
        });
    }

    private static void assertChange(ConfigurationChange change, ConfigurationStatus status, String reasonFragment) {
        assertThat(change.status()).isEqualTo(status);
        assertThat(change.reason()).contains(reasonFragment);
    }

    // --- defaults ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HeartbeatInterval                       | 300
            MeterValueSampleInterval                | 60
            ConnectionTimeOut                       | 60
            TransactionMessageAttempts              | 3
            TransactionMessageRetryInterval         | 60
            StopTransactionOnEVSideDisconnect       | true
            StopTransactionOnInvalidId              | true
            AuthorizeRemoteTxRequests               | false
            LocalPreAuthorize                       | false
            LocalAuthorizeOffline                   | true
            AllowOfflineTxForUnknownId              | false
            AuthorizationCacheEnabled               | true
            LocalAuthListEnabled                    | true
            LocalAuthListMaxLength                  | 100
            SendLocalListMaxLength                  | 100
            ReserveConnectorZeroSupported           | true
            ChargeProfileMaxStackLevel              | 10
            ChargingScheduleAllowedChargingRateUnit | Current,Power
            ChargingScheduleMaxPeriods              | 24
            MaxChargingProfilesInstalled            | 20
            ConnectorSwitch3to1PhaseSupported       | false
            MeterValuesSampledData                  | Energy.Active.Import.Register,Power.Active.Import
            MeterValuesAlignedData                  | Energy.Active.Import.Register
            StopTxnSampledData                      | ''
            StopTxnAlignedData                      | ''
            ClockAlignedDataInterval                | 0
            WebSocketPingInterval                   | 0
            GetConfigurationMaxKeys                 | 50
            UnlockConnectorOnEVSideDisconnect       | true
            MinimumStatusDuration                   | 0
            ResetRetries                            | 1
            BlinkRepeat                             | 3
            LightIntensity                          | 50
            MaxEnergyOnInvalidId                    | 0
            ConnectorPhaseRotation                  | 0.RST,1.RST,2.RST
            ConnectorPhaseRotationMaxLength         | 3
            NumberOfConnectors                      | 2
            SupportedFeatureProfiles                | Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger
            SupportedFeatureProfilesMaxLength       | 6
            MeterValuesSampledDataMaxLength         | 22
            """)
    void defaultsAreTheDocumentedOnes(ConfigurationKey key, String expected) {
        assertThat(config().value(key)).isEqualTo(expected);
    }

    @Test
    void everyKeyButTheAuthorizationKeyHasADefaultAndTheAuthorizationKeyIsAbsent() {
        OcppConfiguration config = config();
        for (ConfigurationKey key : ConfigurationKey.values()) {
            if (!key.writeOnly()) {
                assertThat(config.value(key)).as(key.keyName()).isNotNull();
            }
        }
        assertThat(config.authorizationKey()).isEmpty();
    }

    static Stream<ConfigurationKey> givenKeys() {
        return Arrays.stream(ConfigurationKey.values()).filter(key -> !key.writeOnly()
                && key != ConfigurationKey.NumberOfConnectors && key != ConfigurationKey.SupportedFeatureProfiles);
    }

    @ParameterizedTest
    @MethodSource("givenKeys")
    void everyDefaultPassesItsOwnValidation(ConfigurationKey key) {
        String fallback = config().value(key);
        OcppConfiguration config = new OcppConfiguration(2, ALL, Map.of(key.keyName(), fallback));
        assertThat(config.value(key)).isEqualTo(fallback);
        if (!key.readOnly()) {
            assertThat(config.change(key.keyName(), fallback).status()).isIn(Accepted, RebootRequired);
            assertThat(config.value(key)).isEqualTo(fallback);
        }
    }

    @Test
    void derivedKeysFollowTheArguments() {
        OcppConfiguration config = new OcppConfiguration(5,
                EnumSet.of(FeatureProfile.SmartCharging, FeatureProfile.Core, FeatureProfile.Reservation), Map.of());
        assertThat(config.value(ConfigurationKey.NumberOfConnectors)).isEqualTo("5");
        assertThat(config.integer(ConfigurationKey.NumberOfConnectors)).isEqualTo(5);
        assertThat(config.connectorCount()).isEqualTo(5);
        assertThat(config.value(ConfigurationKey.SupportedFeatureProfiles)).isEqualTo("Core,Reservation,SmartCharging");
        assertThat(config.supportedProfiles())
                .containsExactly(FeatureProfile.Core, FeatureProfile.Reservation, FeatureProfile.SmartCharging);
        assertThat(config.supports(FeatureProfile.Reservation)).isTrue();
        assertThat(config.supports(FeatureProfile.RemoteTrigger)).isFalse();
        assertThatThrownBy(() -> config.supportedProfiles().add(FeatureProfile.RemoteTrigger))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultPhaseRotationNamesEveryConnectorWhileItFitsAValue() {
        OcppConfiguration seventyTwo = new OcppConfiguration(72, ALL, Map.of());
        assertThat(seventyTwo.phaseRotations()).hasSize(73);
        assertThat(seventyTwo.value(ConnectorPhaseRotation)).hasSizeLessThanOrEqualTo(500).endsWith(",72.RST");
        OcppConfiguration hundred = new OcppConfiguration(100, ALL, Map.of());
        assertThat(hundred.value(ConnectorPhaseRotation)).isEqualTo("0.RST");
        assertThat(hundred.report(null).entries()).allMatch(e -> e.value().length() <= 500);
    }

    // --- accepted and rejected values, by type ----------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LocalPreAuthorize               | true                                   | true
            LocalPreAuthorize               | TRUE                                   | true
            LocalPreAuthorize               | tRuE                                   | true
            StopTransactionOnInvalidId      | False                                  | false
            AuthorizeRemoteTxRequests       | FALSE                                  | false
            HeartbeatInterval               | 1                                      | 1
            HeartbeatInterval               | 007                                    | 7
            HeartbeatInterval               | 2147483647                             | 2147483647
            MeterValueSampleInterval        | 0                                      | 0
            ClockAlignedDataInterval        | 900                                    | 900
            WebSocketPingInterval           | 0                                      | 0
            MinimumStatusDuration           | 0                                      | 0
            ConnectionTimeOut               | 1                                      | 1
            TransactionMessageAttempts      | 1                                      | 1
            TransactionMessageAttempts      | 10                                     | 10
            TransactionMessageRetryInterval | 0                                      | 0
            TransactionMessageRetryInterval | 3600                                   | 3600
            LightIntensity                  | 0                                      | 0
            LightIntensity                  | 100                                    | 100
            BlinkRepeat                     | 0                                      | 0
            ResetRetries                    | 0                                      | 0
            MaxEnergyOnInvalidId            | 000                                    | 0
            MeterValuesSampledData          | Voltage                                | Voltage
            MeterValuesSampledData          | ' SoC ,  Current.Import,Temperature '  | SoC,Current.Import,Temperature
            MeterValuesSampledData          | ''                                     | ''
            MeterValuesSampledData          | '   '                                  | ''
            StopTxnAlignedData              | Energy.Active.Import.Register,SoC       | Energy.Active.Import.Register,SoC
            StopTxnSampledData              | Power.Offered                          | Power.Offered
            MeterValuesAlignedData          | Frequency,Power.Factor                 | Frequency,Power.Factor
            """)
    void acceptedValuesAreStoredNormalised(ConfigurationKey key, String value, String stored) {
        OcppConfiguration config = config();
        ConfigurationChange change = config.change(key.keyName(), value);
        assertThat(change).isEqualTo(ConfigurationChange.accepted());
        assertThat(change.reason()).isNull();
        assertThat(config.value(key)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LocalPreAuthorize               | yes                      | must be true or false
            LocalPreAuthorize               | 1                        | must be true or false
            LocalPreAuthorize               | ''                       | must be true or false
            LocalPreAuthorize               | ' true'                  | must be true or false
            LocalPreAuthorize               | truee                    | must be true or false
            HeartbeatInterval               | -1                       | decimal digits
            HeartbeatInterval               | +5                       | decimal digits
            HeartbeatInterval               | ''                       | decimal digits
            HeartbeatInterval               | ' '                      | decimal digits
            HeartbeatInterval               | ' 5'                     | decimal digits
            HeartbeatInterval               | '5 '                     | decimal digits
            HeartbeatInterval               | 1.5                      | decimal digits
            HeartbeatInterval               | 1e3                      | decimal digits
            HeartbeatInterval               | 0x10                     | decimal digits
            HeartbeatInterval               | \u0663                   | decimal digits
            HeartbeatInterval               | 2147483648               | at most 2147483647
            HeartbeatInterval               | 99999999999999999999999  | at most 2147483647
            HeartbeatInterval               | 0                        | at least 1, was 0
            ConnectionTimeOut               | 0                        | at least 1, was 0
            TransactionMessageAttempts      | 0                        | between 1 and 10, was 0
            TransactionMessageAttempts      | 11                       | between 1 and 10, was 11
            TransactionMessageRetryInterval | 3601                     | between 0 and 3600, was 3601
            LightIntensity                  | 101                      | between 0 and 100, was 101
            MeterValueSampleInterval        | -0                       | decimal digits
            MeterValuesSampledData          | Voltage,Voltage          | lists Voltage twice
            MeterValuesSampledData          | 'Voltage, Voltage '      | lists Voltage twice
            MeterValuesSampledData          | Volts                    | 'Volts' is not an OCPP 1.6 measurand
            MeterValuesSampledData          | voltage                  | 'voltage' is not an OCPP 1.6 measurand
            MeterValuesSampledData          | VOLTAGE                  | is not an OCPP 1.6 measurand
            MeterValuesSampledData          | Voltage;SoC              | is not an OCPP 1.6 measurand
            MeterValuesSampledData          | Voltage,                 | without empty items
            MeterValuesSampledData          | ',Voltage'               | without empty items
            MeterValuesSampledData          | 'Voltage,,SoC'           | without empty items
            StopTxnSampledData              | Energy.Active.Import     | is not an OCPP 1.6 measurand
            StopTxnAlignedData              | RPM                      | 'RPM' is not measured by this charge point
            MeterValuesSampledData          | Voltage,Energy.Reactive.Import.Register | is not measured by this charge point
            ConnectorPhaseRotation          | ''                       | at least one connector
            ConnectorPhaseRotation          | 0RST                     | is not <connectorId>.<rotation>
            ConnectorPhaseRotation          | .RST                     | is not <connectorId>.<rotation>
            ConnectorPhaseRotation          | x.RST                    | is not <connectorId>.<rotation>
            ConnectorPhaseRotation          | -1.RST                   | is not <connectorId>.<rotation>
            ConnectorPhaseRotation          | 0.rst                    | 'rst' is not a phase rotation
            ConnectorPhaseRotation          | 0.                       | '' is not a phase rotation
            ConnectorPhaseRotation          | 0.RST.1                  | is not a phase rotation
            ConnectorPhaseRotation          | 0.ABC                    | is not a phase rotation
            ConnectorPhaseRotation          | 3.RST                    | connectors 0 to 2
            ConnectorPhaseRotation          | 99999999999.RST          | connectors 0 to 2
            ConnectorPhaseRotation          | 0.RST,0.RTS              | lists connector 0 twice
            ConnectorPhaseRotation          | 1.RST,01.RTS             | lists connector 1 twice
            ConnectorPhaseRotation          | 0.RST,                   | without empty items
            AuthorizationKey                | short                    | 8 to 40 characters, was 5
            AuthorizationKey                | 12345678901234567890123456789012345678901 | 8 to 40 characters, was 41
            AuthorizationKey                | pass\u00e9word           | printable ASCII
            """)
    void badValuesAreRejectedWithTheReasonAndChangeNothing(ConfigurationKey key, String value, String reason) {
        OcppConfiguration config = config();
        String before = key.writeOnly() ? null : config.value(key);
        ConfigurationChange change = config.change(key.keyName(), value);
        assertChange(change, Rejected, reason);
        assertThat(change.reason()).startsWith(key.keyName() + ": ");
        if (key.writeOnly()) {
            assertThat(config.authorizationKey()).isEmpty();
        } else {
            assertThat(config.value(key)).isEqualTo(before);
        }
        assertThat(config.awaitsReboot(key)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ConfigurationKey.class, names = {"HeartbeatInterval", "LocalPreAuthorize",
        "MeterValuesSampledData", "ConnectorPhaseRotation", "AuthorizationKey"})
    void aMissingOrOverlongValueIsRejected(ConfigurationKey key) {
        assertChange(config().change(key.keyName(), null), Rejected, "is required");
        assertChange(config().change(key.keyName(), "1".repeat(501)), Rejected, "at most 500 characters, was 501");
    }

    @Test
    void aControlCharacterInARejectedValueDoesNotLeakIntoTheReason() {
        ConfigurationChange change = config().change("LocalPreAuthorize", "tr\nue");
        assertChange(change, Rejected, "'tr?ue'");
    }

    @Test
    void aLongRejectedValueIsCutShortInTheReason() {
        ConfigurationChange change = config().change("MeterValuesSampledData", "x".repeat(300));
        assertThat(change.reason()).hasSizeLessThan(120).contains("x".repeat(40) + "...");
    }

    @Test
    void measurandListsHoldAtMostTheirMaxLengthItems() {
        OcppConfiguration config = new OcppConfiguration(2, ALL,
                Map.of("MeterValuesSampledDataMaxLength", "2", "StopTxnAlignedDataMaxLength", "0"));
        assertThat(config.change("MeterValuesSampledData", "Voltage,SoC").status()).isEqualTo(Accepted);
        assertChange(config.change("MeterValuesSampledData", "Voltage,SoC,Frequency"), Rejected,
                "at most 2 items (MeterValuesSampledDataMaxLength), was 3");
        assertThat(config.value(MeterValuesSampledData)).isEqualTo("Voltage,SoC");
        assertChange(config.change("StopTxnAlignedData", "Voltage"), Rejected, "at most 0 items");
        assertThat(config.change("StopTxnAlignedData", "").status()).isEqualTo(Accepted);
        // The bound applies to the other lists too, not only to the one given.
        assertThat(config.change("MeterValuesAlignedData", "Voltage,SoC,Frequency").status()).isEqualTo(Accepted);
    }

    @Test
    void everyMeasuredMeasurandCanBeListedAtOnce() {
        Measurand[] measured = Arrays.stream(Measurand.values()).filter(Measurand::isMeasured)
                .toArray(Measurand[]::new);
        String all = String.join(",", Arrays.stream(measured).map(Measurand::label).toList());
        OcppConfiguration config = config();
        assertThat(config.change("MeterValuesSampledData", all).status()).isEqualTo(Accepted);
        assertThat(config.measurands(MeterValuesSampledData)).containsExactly(measured);
        assertThat(measured).hasSize(10);
    }

    @Test
    void phaseRotationIsBoundByItsMaxLengthAndAcceptsEveryRotation() {
        OcppConfiguration config = new OcppConfiguration(8, ALL, Map.of());
        String all = "0.NotApplicable,1.Unknown,2.RST,3.RTS,4.SRT,5.STR,6.TRS,7.TSR,8.RST";
        assertThat(config.change("ConnectorPhaseRotation", all).status()).isEqualTo(RebootRequired);
        assertThat(config.phaseRotations()).hasSize(9).containsEntry(ConnectorId.of(7), PhaseRotation.TSR);

        OcppConfiguration bounded = new OcppConfiguration(2, ALL,
                Map.of("ConnectorPhaseRotationMaxLength", "1", "ConnectorPhaseRotation", "0.RST"));
        assertChange(bounded.change("ConnectorPhaseRotation", "0.RST,1.RST"), Rejected,
                "at most 1 items (ConnectorPhaseRotationMaxLength), was 2");
    }

    @Test
    void phaseRotationIsStoredTrimmedInTheGivenOrder() {
        OcppConfiguration config = config();
        config.change("ConnectorPhaseRotation", " 2.RTS , 0.NotApplicable,01.Unknown ");
        assertThat(config.value(ConnectorPhaseRotation)).isEqualTo("2.RTS,0.NotApplicable,1.Unknown");
        assertThat(config.phaseRotations()).containsExactly(
                Map.entry(ConnectorId.of(0), PhaseRotation.NotApplicable),
                Map.entry(ConnectorId.of(1), PhaseRotation.Unknown),
                Map.entry(ConnectorId.of(2), PhaseRotation.RTS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Current         | Current
            Power           | Power
            Current,Power   | Current,Power
            Power,Current   | Current,Power
            ' Power , Current' | Current,Power
            """)
    void rateUnitsAreAcceptedAsInitialValues(String value, String stored) {
        OcppConfiguration config = new OcppConfiguration(2, ALL,
                Map.of("ChargingScheduleAllowedChargingRateUnit", value));
        assertThat(config.value(ConfigurationKey.ChargingScheduleAllowedChargingRateUnit)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''              | without empty items
            current         | 'current' is not a charging rate unit
            Current,Current | lists Current twice
            Amps            | is not a charging rate unit
            Current,        | without empty items
            """)
    void badRateUnitsNameTheKey(String value, String reason) {
        assertInvalid(() -> new OcppConfiguration(2, ALL, Map.of("ChargingScheduleAllowedChargingRateUnit", value)),
                "ChargingScheduleAllowedChargingRateUnit", reason);
    }

    // --- ChangeConfiguration: status rules ----------------------------------------------------

    static Stream<ConfigurationKey> readOnlyKeys() {
        return Arrays.stream(ConfigurationKey.values()).filter(ConfigurationKey::readOnly);
    }

    @ParameterizedTest
    @MethodSource("readOnlyKeys")
    void readOnlyKeysAreRejectedAndKeepTheirValue(ConfigurationKey key) {
        OcppConfiguration config = config();
        String before = config.value(key);
        ConfigurationChange change = config.change(key.keyName(), before);
        assertChange(change, Rejected, "read-only");
        assertThat(config.value(key)).isEqualTo(before);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Foo", "heartbeatInterval", "HEARTBEATINTERVAL", " HeartbeatInterval"})
    void unknownKeysAreNotSupported(String key) {
        assertChange(config().change(key, "10"), NotSupported, "unknown configuration key");
    }

    @Test
    void keysOfUnsupportedProfilesAreNotSupportedButKeepTheirValues() {
        OcppConfiguration config = new OcppConfiguration(2, CORE_ONLY, Map.of("LocalAuthListEnabled", "false"));
        assertChange(config.change("LocalAuthListEnabled", "true"), NotSupported,
                "LocalAuthListManagement, which this charge point does not support");
        assertChange(config.change("ChargeProfileMaxStackLevel", "3"), NotSupported, "SmartCharging");
        assertThat(config.flag(LocalAuthListEnabled)).isFalse();
        assertThat(config.integer(ConfigurationKey.ChargeProfileMaxStackLevel)).isEqualTo(10);

        ConfigurationReport all = config.report(null);
        assertThat(all.entries()).extracting(ConfigurationEntry::key)
                .allMatch(name -> ConfigurationKey.byName(name).orElseThrow().profile() == FeatureProfile.Core)
                .doesNotContain("LocalAuthListEnabled", "ReserveConnectorZeroSupported", "ChargeProfileMaxStackLevel");
        ConfigurationReport asked = config.report(List.of("LocalAuthListEnabled", "HeartbeatInterval",
                "ReserveConnectorZeroSupported"));
        assertThat(asked.entries()).extracting(ConfigurationEntry::key).containsExactly("HeartbeatInterval");
        assertThat(asked.unknownKeys()).containsExactly("LocalAuthListEnabled", "ReserveConnectorZeroSupported");
    }

    @Test
    void thePhaseRotationIsStoredButAwaitsAReboot() {
        OcppConfiguration config = config();
        assertThat(config.awaitsReboot(ConnectorPhaseRotation)).isFalse();
        ConfigurationChange change = config.change("ConnectorPhaseRotation", "0.TSR,1.NotApplicable");
        assertChange(change, RebootRequired, "after a reboot");
        assertThat(config.value(ConnectorPhaseRotation)).isEqualTo("0.TSR,1.NotApplicable");
        assertThat(config.awaitsReboot(ConnectorPhaseRotation)).isTrue();
        assertThat(config.awaitsReboot(HeartbeatInterval)).isFalse();

        assertThat(config.change("HeartbeatInterval", "30").status()).isEqualTo(Accepted);
        assertThat(config.awaitsReboot(HeartbeatInterval)).isFalse();

        config.rebooted();
        assertThat(config.awaitsReboot(ConnectorPhaseRotation)).isFalse();
        assertThat(config.value(ConnectorPhaseRotation)).isEqualTo("0.TSR,1.NotApplicable");
    }

    @Test
    void anAcceptedChangeIsSeenByTheTypedGetters() {
        OcppConfiguration config = config();
        config.change("HeartbeatInterval", "45");
        config.change("LocalPreAuthorize", "True");
        config.change("MeterValuesSampledData", "Voltage,SoC");
        assertThat(config.seconds(HeartbeatInterval)).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.integer(HeartbeatInterval)).isEqualTo(45);
        assertThat(config.flag(LocalPreAuthorize)).isTrue();
        assertThat(config.measurands(MeterValuesSampledData)).containsExactly(Measurand.VOLTAGE, Measurand.SOC);
        assertThat(config.report(List.of("HeartbeatInterval")).entries())
                .containsExactly(new ConfigurationEntry("HeartbeatInterval", false, "45"));
    }

    // --- GetConfiguration -----------------------------------------------------------------

    @Test
    void aFullReportListsEveryReadableKeyInEnumOrderWithItsAccess() {
        OcppConfiguration config = config();
        List<ConfigurationKey> expected = Arrays.stream(ConfigurationKey.values())
                .filter(key -> !key.writeOnly()).toList();
        for (List<String> keys : Arrays.asList(null, List.<String>of())) {
            ConfigurationReport report = config.report(keys);
            assertThat(report.unknownKeys()).isEmpty();
            assertThat(report.entries()).extracting(ConfigurationEntry::key)
                    .containsExactlyElementsOf(expected.stream().map(ConfigurationKey::keyName).toList());
            assertThat(report.entries()).allSatisfy(entry -> {
                ConfigurationKey key = ConfigurationKey.byName(entry.key()).orElseThrow();
                assertThat(entry.readOnly()).isEqualTo(key.readOnly());
                assertThat(entry.value()).isEqualTo(config.value(key));
            });
        }
    }

    @Test
    void aReportForGivenKeysKeepsTheirOrderOnceAndNamesTheUnknownOnes() {
        OcppConfiguration config = new OcppConfiguration(2, ALL, Map.of("AuthorizationKey", SECRET));
        ConfigurationReport report = config.report(List.of("MeterValueSampleInterval", "Foo", "NumberOfConnectors",
                "Foo", "MeterValueSampleInterval", "AuthorizationKey", "heartbeatinterval", "HeartbeatInterval"));
        assertThat(report.entries()).containsExactly(
                new ConfigurationEntry("MeterValueSampleInterval", false, "60"),
                new ConfigurationEntry("NumberOfConnectors", true, "2"),
                new ConfigurationEntry("HeartbeatInterval", false, "300"));
        assertThat(report.unknownKeys()).containsExactly("Foo", "heartbeatinterval");
        assertThatThrownBy(() -> report.entries().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReportRefusesANullKeyName() {
        assertInvalid(() -> config().report(Arrays.asList("HeartbeatInterval", null)), "keys", "null");
    }

    // --- AuthorizationKey -----------------------------------------------------------------

    @Test
    void theAuthorizationKeyIsWriteOnly() {
        OcppConfiguration config = config();
        assertThat(config.change("AuthorizationKey", SECRET)).isEqualTo(ConfigurationChange.accepted());
        assertThat(config.authorizationKey()).contains(SECRET);
        assertThat(config.report(null).entries()).extracting(ConfigurationEntry::key).doesNotContain("AuthorizationKey");
        assertThat(config.report(null).entries()).extracting(ConfigurationEntry::value).doesNotContain(SECRET);
        ConfigurationReport asked = config.report(List.of("AuthorizationKey"));
        assertThat(asked.entries()).isEmpty();
        assertThat(asked.unknownKeys()).isEmpty();
        assertThatThrownBy(() -> config.value(AuthorizationKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write-only");
        assertThat(config.awaitsReboot(AuthorizationKey)).isFalse();
    }

    @Test
    void theAuthorizationKeyNeverShowsInToStringOrInAReason() {
        OcppConfiguration config = new OcppConfiguration(2, ALL, Map.of("AuthorizationKey", SECRET));
        assertThat(config.toString()).doesNotContain(SECRET).contains("with AuthorizationKey")
                .contains("HeartbeatInterval=300");
        assertThat(config().toString()).doesNotContain("AuthorizationKey");
        String tooLong = SECRET + SECRET;
        assertThat(config.change("AuthorizationKey", tooLong).reason()).doesNotContain(SECRET);
        assertThatThrownBy(() -> new OcppConfiguration(2, ALL, Map.of("AuthorizationKey", tooLong)))
                .hasMessageNotContaining(SECRET);
        assertThat(config.authorizationKey()).contains(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890123456789012345678901234567890", "with space and :colon!"})
    void authorizationKeysOfEightToFortyPrintableCharactersAreAccepted(String key) {
        OcppConfiguration config = config();
        assertThat(config.change("AuthorizationKey", key).status()).isEqualTo(Accepted);
        assertThat(config.authorizationKey()).contains(key);
    }

    // --- initial values and the constructor ---------------------------------------------------

    @Test
    void initialValuesOverrideDefaultsAndAreNormalised() {
        Map<String, String> initial = new HashMap<>();
        initial.put("HeartbeatInterval", "0060");
        initial.put("LocalPreAuthorize", "TRUE");
        initial.put("ChargeProfileMaxStackLevel", "3");
        initial.put("ReserveConnectorZeroSupported", "False");
        initial.put("MeterValuesSampledData", " Voltage ");
        OcppConfiguration config = new OcppConfiguration(2, ALL, initial);
        assertThat(config.value(HeartbeatInterval)).isEqualTo("60");
        assertThat(config.value(LocalPreAuthorize)).isEqualTo("true");
        assertThat(config.integer(ConfigurationKey.ChargeProfileMaxStackLevel)).isEqualTo(3);
        assertThat(config.flag(ConfigurationKey.ReserveConnectorZeroSupported)).isFalse();
        assertThat(config.measurands(MeterValuesSampledData)).containsExactly(Measurand.VOLTAGE);
        assertThat(config.value(MeterValueSampleInterval)).isEqualTo("60");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HeartbeatInterval                  | 0                   | HeartbeatInterval  | at least 1
            LocalPreAuthorize                  | maybe               | LocalPreAuthorize  | true or false
            Foo                                | 1                   | Foo                | not an OCPP 1.6 configuration key
            heartbeatInterval                  | 1                   | heartbeatInterval  | not an OCPP 1.6 configuration key
            NumberOfConnectors                 | 2                   | NumberOfConnectors | cannot be given
            SupportedFeatureProfiles           | Core                | SupportedFeatureProfiles | cannot be given
            GetConfigurationMaxKeys            | 0                   | GetConfigurationMaxKeys  | at least 1
            MeterValuesSampledData             | Voltage,Volts       | MeterValuesSampledData   | 'Volts'
            ConnectorPhaseRotation             | 5.RST               | ConnectorPhaseRotation   | connectors 0 to 2
            SupportedFeatureProfilesMaxLength  | 2                   | SupportedFeatureProfiles | at most 2 items (SupportedFeatureProfilesMaxLength), was 6
            MeterValuesSampledDataMaxLength    | 1                   | MeterValuesSampledData   | at most 1 items
            ConnectorPhaseRotationMaxLength    | 2                   | ConnectorPhaseRotation   | at most 2 items
            AuthorizationKey                   | short               | AuthorizationKey         | 8 to 40 characters
            """)
    void aBadInitialValueNamesTheKey(String key, String value, String field, String reason) {
        assertInvalid(() -> new OcppConfiguration(2, ALL, Map.of(key, value)), field, reason);
    }

    @Test
    void aNullInitialValueOrKeyIsRefused() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("HeartbeatInterval", null);
        assertInvalid(() -> new OcppConfiguration(2, ALL, nullValue), "HeartbeatInterval", "is required");
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "1");
        assertInvalid(() -> new OcppConfiguration(2, ALL, nullKey), "initialValues", "null key");
        assertInvalid(() -> new OcppConfiguration(2, ALL, null), "initialValues", "is required");
    }

    @Test
    void theConnectorCountAndTheProfilesAreChecked() {
        assertInvalid(() -> new OcppConfiguration(0, ALL, Map.of()), "connectorCount", "between 1 and 100, was 0");
        assertInvalid(() -> new OcppConfiguration(101, ALL, Map.of()), "connectorCount", "between 1 and 100");
        assertInvalid(() -> new OcppConfiguration(1, EnumSet.of(FeatureProfile.SmartCharging), Map.of()),
                "profiles", "must contain Core");
        assertInvalid(() -> new OcppConfiguration(1, Set.of(), Map.of()), "profiles", "must contain Core");
        assertInvalid(() -> new OcppConfiguration(1, null, Map.of()), "profiles", "is required");
        assertThat(new OcppConfiguration(1, CORE_ONLY, Map.of()).value(ConnectorPhaseRotation)).isEqualTo("0.RST,1.RST");
    }

    // --- typed getters ------------------------------------------------------------------------

    @Test
    void typedGettersRefuseKeysOfAnotherType() {
        OcppConfiguration config = config();
        assertThatThrownBy(() -> config.flag(HeartbeatInterval)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HeartbeatInterval holds INTEGER, not BOOLEAN");
        assertThatThrownBy(() -> config.integer(LocalPreAuthorize)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.seconds(MeterValuesSampledData)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.measurands(HeartbeatInterval)).isInstanceOf(IllegalArgumentException.class);
        assertThat(config.seconds(MeterValueSampleInterval)).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.measurands(ConfigurationKey.StopTxnSampledData)).isEmpty();
        assertThat(config.measurands(ConfigurationKey.MeterValuesSampledData))
                .containsExactly(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.POWER_ACTIVE_IMPORT);
    }

    @Test
    void aChangeOutcomeCarriesAReasonUnlessAccepted() {
        assertInvalid(() -> new ConfigurationChange(Accepted, "why"), "reason", "absent when Accepted");
        assertInvalid(() -> new ConfigurationChange(Rejected, null), "reason", "required unless Accepted");
        assertInvalid(() -> new ConfigurationChange(NotSupported, " "), "reason", "required unless Accepted");
        assertInvalid(() -> new ConfigurationChange(null, null), "status", "is required");
    }

    @Test
    void statusesAreSpelledAsInOcpp() {
        assertThat(Arrays.stream(ConfigurationStatus.values()).map(Enum::name))
                .containsExactly("Accepted", "Rejected", "RebootRequired", "NotSupported");
    }
}
