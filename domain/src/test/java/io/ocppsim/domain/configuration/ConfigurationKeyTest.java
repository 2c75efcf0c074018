package io.ocppsim.domain.configuration;

import static io.ocppsim.domain.configuration.ConfigurationKey.AuthorizationKey;
import static io.ocppsim.domain.configuration.ConfigurationKey.ConnectorPhaseRotation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationKeyTest {

    /** The standard keys as OCPP16.md lists them, by profile. */
    private static final String CORE = """
            AllowOfflineTxForUnknownId, AuthorizationCacheEnabled, AuthorizeRemoteTxRequests,
            BlinkRepeat, ClockAlignedDataInterval, ConnectionTimeOut, ConnectorPhaseRotation,
            GetConfigurationMaxKeys, HeartbeatInterval, LightIntensity, LocalAuthorizeOffline,
            LocalPreAuthorize, MaxEnergyOnInvalidId, MeterValuesAlignedData, MeterValuesSampledData,
            MeterValueSampleInterval, MinimumStatusDuration, NumberOfConnectors, ResetRetries,
            StopTransactionOnEVSideDisconnect, StopTransactionOnInvalidId, StopTxnAlignedData,
            StopTxnSampledData, SupportedFeatureProfiles, TransactionMessageAttempts,
            TransactionMessageRetryInterval, UnlockConnectorOnEVSideDisconnect, WebSocketPingInterval,
            MeterValuesAlignedDataMaxLength, MeterValuesSampledDataMaxLength, StopTxnAlignedDataMaxLength,
            StopTxnSampledDataMaxLength, ConnectorPhaseRotationMaxLength, SupportedFeatureProfilesMaxLength,
            AuthorizationKey""";
    private static final String LOCAL_AUTH_LIST = "LocalAuthListEnabled, LocalAuthListMaxLength, SendLocalListMaxLength";
    private static final String RESERVATION = "ReserveConnectorZeroSupported";
    private static final String SMART_CHARGING = """
            ChargeProfileMaxStackLevel, ChargingScheduleAllowedChargingRateUnit, ChargingScheduleMaxPeriods,
            ConnectorSwitch3to1PhaseSupported, MaxChargingProfilesInstalled""";
    private static final String READ_ONLY = """
            NumberOfConnectors, SupportedFeatureProfiles, GetConfigurationMaxKeys, LocalAuthListMaxLength,
            SendLocalListMaxLength, ReserveConnectorZeroSupported, ChargeProfileMaxStackLevel,
            ChargingScheduleAllowedChargingRateUnit, ChargingScheduleMaxPeriods, ConnectorSwitch3to1PhaseSupported,
            MaxChargingProfilesInstalled, MeterValuesAlignedDataMaxLength, MeterValuesSampledDataMaxLength,
            StopTxnAlignedDataMaxLength, StopTxnSampledDataMaxLength, ConnectorPhaseRotationMaxLength,
            SupportedFeatureProfilesMaxLength""";

    private static Set<ConfigurationKey> keys(String names) {
        return Arrays.stream(names.split(","))
                .map(String::strip)
                .map(name -> ConfigurationKey.byName(name).orElseThrow(() -> new AssertionError("missing " + name)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConfigurationKey.class)));
    }

    @Test
    void everyStandardKeyIsThereWithItsProfileAndNothingElse() {
        assertThat(keys(CORE)).hasSize(35);
        assertThat(keys(CORE)).allMatch(k -> k.profile() == FeatureProfile.Core);
        assertThat(keys(LOCAL_AUTH_LIST)).allMatch(k -> k.profile() == FeatureProfile.LocalAuthListManagement);
        assertThat(keys(RESERVATION)).allMatch(k -> k.profile() == FeatureProfile.Reservation);
        assertThat(keys(SMART_CHARGING)).allMatch(k -> k.profile() == FeatureProfile.SmartCharging);
        assertThat(ConfigurationKey.values()).hasSize(35 + 3 + 1 + 5);
    }

    @Test
    void exactlyTheListedKeysAreReadOnly() {
        Set<ConfigurationKey> readOnly = EnumSet.noneOf(ConfigurationKey.class);
        for (ConfigurationKey key : ConfigurationKey.values()) {
            if (key.readOnly()) {
                readOnly.add(key);
            }
        }
        assertThat(readOnly).isEqualTo(keys(READ_ONLY));
    }

    @Test
    void onlyTheAuthorizationKeyIsWriteOnlyAndOnlyThePhaseRotationNeedsAReboot() {
        assertThat(Arrays.stream(ConfigurationKey.values()).filter(ConfigurationKey::writeOnly))
                .containsExactly(AuthorizationKey);
        assertThat(Arrays.stream(ConfigurationKey.values()).filter(ConfigurationKey::rebootRequired))
                .containsExactly(ConnectorPhaseRotation);
        assertThat(AuthorizationKey.readOnly()).isFalse();
        assertThat(AuthorizationKey.type()).isEqualTo(ValueType.STRING);
    }

    @ParameterizedTest
    @EnumSource(ConfigurationKey.class)
    void keyNameIsTheConstantNameAndFindsTheKey(ConfigurationKey key) {
        assertThat(key.keyName()).isEqualTo(key.name());
        assertThat(ConfigurationKey.byName(key.keyName())).contains(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"heartbeatInterval", "HEARTBEATINTERVAL", " HeartbeatInterval", "HeartbeatInterval ",
        "Heartbeat", "Foo"})
    void byNameIsExactAndCaseSensitive(String name) {
        assertThat(ConfigurationKey.byName(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            HeartbeatInterval,                         INTEGER
            LightIntensity,                            INTEGER
            LocalPreAuthorize,                         BOOLEAN
            ReserveConnectorZeroSupported,             BOOLEAN
            MeterValuesSampledData,                    MEASURAND_LIST
            MeterValuesAlignedData,                    MEASURAND_LIST
            StopTxnSampledData,                        MEASURAND_LIST
            StopTxnAlignedData,                        MEASURAND_LIST
            SupportedFeatureProfiles,                  PROFILE_LIST
            ChargingScheduleAllowedChargingRateUnit,   RATE_UNIT_LIST
            ConnectorPhaseRotation,                    PHASE_ROTATION
            AuthorizationKey,                          STRING
            """)
    void keysHoldTheirValueType(ConfigurationKey key, ValueType type) {
        assertThat(key.type()).isEqualTo(type);
    }

    @Test
    void everyListKeyIsBoundByAReadOnlyIntegerMaxLengthKey() {
        for (ConfigurationKey key : ConfigurationKey.values()) {
            boolean isList = switch (key.type()) {
                case MEASURAND_LIST, PROFILE_LIST, PHASE_ROTATION -> true;
                default -> false;
            };
            assertThat(key.maxLengthKey().isPresent()).as(key.keyName()).isEqualTo(isList);
            key.maxLengthKey().ifPresent(max -> {
                assertThat(max.keyName()).isEqualTo(key.keyName() + "MaxLength");
                assertThat(max.readOnly()).isTrue();
                assertThat(max.type()).isEqualTo(ValueType.INTEGER);
            });
        }
    }

    @Test
    void enumOrderIsByProfileThenAlphabetical() {
        List<ConfigurationKey> all = List.of(ConfigurationKey.values());
        assertThat(all.get(0)).isEqualTo(ConfigurationKey.AllowOfflineTxForUnknownId);
        assertThat(all.subList(0, all.indexOf(ConfigurationKey.WebSocketPingInterval) + 1))
                .extracting(ConfigurationKey::profile).containsOnly(FeatureProfile.Core);
        assertThat(all.indexOf(ConfigurationKey.LocalAuthListEnabled))
                .isLessThan(all.indexOf(ConfigurationKey.ReserveConnectorZeroSupported))
                .isLessThan(all.indexOf(ConfigurationKey.ChargeProfileMaxStackLevel));
    }

    @ParameterizedTest
    @EnumSource(FeatureProfile.class)
    void featureProfilesAreFoundByTheirWireName(FeatureProfile profile) {
        assertThat(FeatureProfile.fromWire(profile.name())).contains(profile);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"core", "CORE", "Smart Charging", "Firmware", " Core"})
    void featureProfilesAreCaseSensitive(String name) {
        assertThat(FeatureProfile.fromWire(name)).isEmpty();
    }
}
