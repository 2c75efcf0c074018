package io.ocppsim.domain.configuration;

import static io.ocppsim.domain.configuration.Accessibility.R;
import static io.ocppsim.domain.configuration.Accessibility.RW;
import static io.ocppsim.domain.configuration.Accessibility.W;
import static io.ocppsim.domain.configuration.FeatureProfile.Core;
import static io.ocppsim.domain.configuration.FeatureProfile.LocalAuthListManagement;
import static io.ocppsim.domain.configuration.FeatureProfile.Reservation;
import static io.ocppsim.domain.configuration.FeatureProfile.SmartCharging;
import static io.ocppsim.domain.configuration.ValueType.BOOLEAN;
import static io.ocppsim.domain.configuration.ValueType.INTEGER;
import static io.ocppsim.domain.configuration.ValueType.MEASURAND_LIST;
import static io.ocppsim.domain.configuration.ValueType.PHASE_ROTATION;
import static io.ocppsim.domain.configuration.ValueType.PROFILE_LIST;
import static io.ocppsim.domain.configuration.ValueType.RATE_UNIT_LIST;
import static io.ocppsim.domain.configuration.ValueType.STRING;

import io.ocppsim.domain.connector.ConnectorId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every standard OCPP 1.6 configuration key (chapter 9 of the specification), optional ones
 * included, plus the AuthorizationKey of the OCPP 1.6 security extension (the HTTP Basic
 * password of security profiles 1 and 2). Constant names are the key names exactly.
 *
 * <p>Each key belongs to a {@link FeatureProfile}, holds a {@link ValueType} and is read-only,
 * read-write or write-only. Integer keys carry their range: the minimum is 0 unless OCPP needs
 * more (an interval where 0 would mean "never" is at least 1), the maximum {@link Integer#MAX_VALUE}
 * unless OCPP bounds it. The constants are ordered by profile (Core, local authorization list,
 * reservation, smart charging) and alphabetically within a profile, as in the specification;
 * GetConfiguration lists the keys in this order.
 */
public enum ConfigurationKey {

    // --- Core ---------------------------------------------------------------------------------
    /** Whether a transaction may start offline for an idTag the charge point does not know. */
    AllowOfflineTxForUnknownId(Core, RW, BOOLEAN),
    /** Whether the authorization cache is used. */
    AuthorizationCacheEnabled(Core, RW, BOOLEAN),
    /** Whether RemoteStartTransaction authorizes its idTag first, like a local start. */
    AuthorizeRemoteTxRequests(Core, RW, BOOLEAN),
    /** How often the charge point's lights blink when it signals. */
    BlinkRepeat(Core, RW, 0, Integer.MAX_VALUE),
    /** Seconds between clock-aligned meter readings, aligned to midnight; 0 = none. */
    ClockAlignedDataInterval(Core, RW, 0, Integer.MAX_VALUE),
    /** Seconds a connector waits in Preparing for the cable or the idTag before it gives up. */
    ConnectionTimeOut(Core, RW, 1, Integer.MAX_VALUE),
    /** Each connector's phase rotation; a change takes effect after a reboot. */
    ConnectorPhaseRotation(Core, RW, PHASE_ROTATION),
    /** How many items ConnectorPhaseRotation may hold. */
    ConnectorPhaseRotationMaxLength(Core, R, 1, Integer.MAX_VALUE),
    /** How many keys one GetConfiguration request may ask for. */
    GetConfigurationMaxKeys(Core, R, 1, Integer.MAX_VALUE),
    /** Seconds without any exchange with the Central System after which a Heartbeat is sent. */
    HeartbeatInterval(Core, RW, 1, Integer.MAX_VALUE),
    /** The lights' intensity, in percent of their maximum. */
    LightIntensity(Core, RW, 0, 100),
    /** Whether, offline, a transaction starts for an idTag the local list or cache accepts. */
    LocalAuthorizeOffline(Core, RW, BOOLEAN),
    /** Whether, online, a transaction starts for a locally accepted idTag without waiting for Authorize. */
    LocalPreAuthorize(Core, RW, BOOLEAN),
    /** Wh still delivered after the Central System rejects the idTag of a running transaction. */
    MaxEnergyOnInvalidId(Core, RW, 0, Integer.MAX_VALUE),
    /** The measurands of clock-aligned MeterValues. */
    MeterValuesAlignedData(Core, RW, MEASURAND_LIST),
    /** How many measurands MeterValuesAlignedData may list. */
    MeterValuesAlignedDataMaxLength(Core, R, 0, Integer.MAX_VALUE),
    /** The measurands sampled every MeterValueSampleInterval during a transaction. */
    MeterValuesSampledData(Core, RW, MEASURAND_LIST),
    /** How many measurands MeterValuesSampledData may list. */
    MeterValuesSampledDataMaxLength(Core, R, 0, Integer.MAX_VALUE),
    /** Seconds between sampled meter values during a transaction; 0 = none. */
    MeterValueSampleInterval(Core, RW, 0, Integer.MAX_VALUE),
    /** Seconds a status must last before a StatusNotification reports it; 0 = report at once. */
    MinimumStatusDuration(Core, RW, 0, Integer.MAX_VALUE),
    /** The number of physical connectors; follows from the charge point itself. */
    NumberOfConnectors(Core, R, 1, ConnectorId.MAX),
    /** How often a failed reset is retried. */
    ResetRetries(Core, RW, 0, Integer.MAX_VALUE),
    /** Whether unplugging the cable on the EV side stops the transaction. */
    StopTransactionOnEVSideDisconnect(Core, RW, BOOLEAN),
    /** Whether a transaction stops when StartTransaction answers that its idTag is not accepted. */
    StopTransactionOnInvalidId(Core, RW, BOOLEAN),
    /** The clock-aligned measurands StopTransaction carries in its transaction data. */
    StopTxnAlignedData(Core, RW, MEASURAND_LIST),
    /** How many measurands StopTxnAlignedData may list. */
    StopTxnAlignedDataMaxLength(Core, R, 0, Integer.MAX_VALUE),
    /** The sampled measurands StopTransaction carries in its transaction data. */
    StopTxnSampledData(Core, RW, MEASURAND_LIST),
    /** How many measurands StopTxnSampledData may list. */
    StopTxnSampledDataMaxLength(Core, R, 0, Integer.MAX_VALUE),
    /** The feature profiles the charge point supports; follows from the charge point itself. */
    SupportedFeatureProfiles(Core, R, PROFILE_LIST),
    /** How many profiles SupportedFeatureProfiles may list. */
    SupportedFeatureProfilesMaxLength(Core, R, 1, Integer.MAX_VALUE),
    /** How often a transaction message is sent before it is given up, the first attempt included. */
    TransactionMessageAttempts(Core, RW, 1, 10),
    /** Seconds before a failed transaction message is sent again, times the attempts so far. */
    TransactionMessageRetryInterval(Core, RW, 0, 3600),
    /** Whether unplugging the cable on the EV side unlocks the connector. */
    UnlockConnectorOnEVSideDisconnect(Core, RW, BOOLEAN),
    /** Seconds between WebSocket pings to the Central System; 0 = no pings. */
    WebSocketPingInterval(Core, RW, 0, Integer.MAX_VALUE),

    // --- Local authorization list management -------------------------------------------------
    /** Whether the local authorization list is used. */
    LocalAuthListEnabled(LocalAuthListManagement, RW, BOOLEAN),
    /** How many idTags the local authorization list holds at most. */
    LocalAuthListMaxLength(LocalAuthListManagement, R, 1, Integer.MAX_VALUE),
    /** How many idTags one SendLocalList may carry. */
    SendLocalListMaxLength(LocalAuthListManagement, R, 1, Integer.MAX_VALUE),

    // --- Reservation --------------------------------------------------------------------------
    /** Whether connector 0, the charge point as a whole, can be reserved. */
    ReserveConnectorZeroSupported(Reservation, R, BOOLEAN),

    // --- Smart charging -----------------------------------------------------------------------
    /** The highest stack level a charging profile may have. */
    ChargeProfileMaxStackLevel(SmartCharging, R, 0, Integer.MAX_VALUE),
    /** The units a charging schedule may use: Current, Power or both. */
    ChargingScheduleAllowedChargingRateUnit(SmartCharging, R, RATE_UNIT_LIST),
    /** How many periods one charging schedule may have. */
    ChargingScheduleMaxPeriods(SmartCharging, R, 1, Integer.MAX_VALUE),
    /** Whether the charge point can switch from three phases to one during a transaction. */
    ConnectorSwitch3to1PhaseSupported(SmartCharging, R, BOOLEAN),
    /** How many charging profiles may be installed at a time. */
    MaxChargingProfilesInstalled(SmartCharging, R, 1, Integer.MAX_VALUE),

    // --- Security extension -------------------------------------------------------------------
    /**
     * The password for HTTP Basic authentication (security profiles 1 and 2). Write-only:
     * GetConfiguration never lists it, not even when asked for it by name.
     */
    AuthorizationKey(Core, W, STRING);

    private static final Map<String, ConfigurationKey> BY_NAME = new HashMap<>();

    static {
        for (ConfigurationKey key : values()) {
            BY_NAME.put(key.name(), key);
        }
    }

    private final FeatureProfile profile;
    private final Accessibility accessibility;
    private final ValueType type;
    private final int minimum;
    private final int maximum;

    ConfigurationKey(FeatureProfile profile, Accessibility accessibility, ValueType type) {
        this(profile, accessibility, type, 0, 0);
    }

    ConfigurationKey(FeatureProfile profile, Accessibility accessibility, int minimum, int maximum) {
        this(profile, accessibility, INTEGER, minimum, maximum);
    }

    ConfigurationKey(FeatureProfile profile, Accessibility accessibility, ValueType type, int minimum,
            int maximum) {
        this.profile = profile;
        this.accessibility = accessibility;
        this.type = type;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** The key with exactly this name (case-sensitive), or empty for anything else, {@code null} included. */
    public static Optional<ConfigurationKey> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /** The name on the wire; the same as {@link #name()}. */
    public String keyName() {
        return name();
    }

    /** The feature profile the key belongs to; a charge point without it does not know the key. */
    public FeatureProfile profile() {
        return profile;
    }

    /** Whether ChangeConfiguration must refuse the key; only a deployment sets its value. */
    public boolean readOnly() {
        return accessibility == R;
    }

    /** Whether GetConfiguration must never list the key (the AuthorizationKey). */
    public boolean writeOnly() {
        return accessibility == W;
    }

    /**
     * Whether a change only takes effect after a reboot, so that ChangeConfiguration answers
     * RebootRequired (the value is stored all the same). True for ConnectorPhaseRotation only.
     */
    public boolean rebootRequired() {
        return this == ConnectorPhaseRotation;
    }

    public ValueType type() {
        return type;
    }

    /**
     * For a list key, the read-only key that bounds how many items it may hold: the matching
     * {@code ...MaxLength} key. Empty for every other key.
     */
    public Optional<ConfigurationKey> maxLengthKey() {
        return Optional.ofNullable(switch (this) {
            case ConnectorPhaseRotation -> ConnectorPhaseRotationMaxLength;
            case MeterValuesAlignedData -> MeterValuesAlignedDataMaxLength;
            case MeterValuesSampledData -> MeterValuesSampledDataMaxLength;
            case StopTxnAlignedData -> StopTxnAlignedDataMaxLength;
            case StopTxnSampledData -> StopTxnSampledDataMaxLength;
            case SupportedFeatureProfiles -> SupportedFeatureProfilesMaxLength;
            default -> null;
        });
    }

    /** The smallest value an {@link ValueType#INTEGER} key accepts; 0 for other keys. */
    int minimum() {
        return minimum;
    }

    /** The largest value an {@link ValueType#INTEGER} key accepts; 0 for other keys. */
    int maximum() {
        return maximum;
    }
}
