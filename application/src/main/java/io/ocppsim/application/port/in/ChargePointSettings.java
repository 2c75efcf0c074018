package io.ocppsim.application.port.in;

import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.fault.RandomFaultPolicy;
import io.ocppsim.domain.physics.ChargingPattern;
import java.net.URI;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a simulated charge point is made of: identity, Central System, and the behaviour the
 * OCPP configuration keys set. Build with {@link #builder(ChargePointId, URI)}; every value has a
 * default but the id and the Central System's URL.
 *
 * @param centralSystemUrl ws:// or wss:// base URL; the charge point id is appended
 * @param authorizationKey the Basic auth password (security profiles 1 and 2), or null for none
 * @param heartbeatInterval HeartbeatInterval, until the Central System gives one at boot
 * @param meterValueSampleInterval MeterValueSampleInterval during transactions; zero sends none
 * @param connectionTimeOut ConnectionTimeOut: how long an accepted idTag waits for a cable
 * @param transactionMessageAttempts TransactionMessageAttempts
 * @param transactionMessageRetryInterval TransactionMessageRetryInterval
 * @param reconnectInitialDelay the first wait after a lost or failed connection; it doubles per failure
 * @param reconnectMaxDelay the longest wait between connection attempts
 * @param ocppConfiguration initial values of OCPP configuration keys by key name (HeartbeatInterval,
 *     LocalPreAuthorize, ...); they win over the dedicated settings above for the same key
 * @param featureProfiles the feature profiles the charge point supports (always with Core)
 * @param tls how the certificate of a {@code wss://} Central System is verified
 * @param dataTransferRules how DataTransfer requests of the Central System are answered, first match wins;
 *     none matching: UnknownVendorId
 * @param firmware how firmware updates behave
 * @param charging the EVSE, its meter, the charging pattern and the EV that plugs in by default
 * @param connectorPatterns the charging pattern of connectors that do not follow {@code charging}'s
 * @param randomFaults faults that come and go by themselves
 * @param seed where every random draw of the charge point's simulation starts: the same seed gives
 *     the same meter values and faults
 */
public record ChargePointSettings(ChargePointId id, VendorInfo vendorInfo, int connectorCount, URI centralSystemUrl,
        String authorizationKey, Duration heartbeatInterval, Duration meterValueSampleInterval, ChargingSetup charging,
        boolean stopTransactionOnEvSideDisconnect, boolean stopTransactionOnInvalidId, Duration connectionTimeOut,
        int transactionMessageAttempts, Duration transactionMessageRetryInterval, Duration reconnectInitialDelay,
        Duration reconnectMaxDelay, Map<String, String> ocppConfiguration, Set<FeatureProfile> featureProfiles,
        Tls tls, List<DataTransferRule> dataTransferRules, FirmwareSimulation firmware,
        Map<Integer, ChargingPattern> connectorPatterns, RandomFaultPolicy randomFaults, long seed) {

    public ChargePointSettings {
        Checks.required("chargePointId", id);
        Checks.required("vendorInfo", vendorInfo);
        if (connectorCount < 1 || connectorCount > ChargePoint.MAX_CONNECTORS) {
            throw new InvalidValueException("connectorCount",
                    "must be between 1 and " + ChargePoint.MAX_CONNECTORS + ", was " + connectorCount);
        }
        Checks.required("centralSystemUrl", centralSystemUrl);
        String scheme = centralSystemUrl.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme) || centralSystemUrl.getHost() == null) {
            throw new InvalidValueException("centralSystemUrl",
                    "must be a ws:// or wss:// URL with a host, was '" + centralSystemUrl + "'");
        }
        authorizationKey = Checks.optionalText("authorizationKey", authorizationKey, 40);
        positive("heartbeatInterval", heartbeatInterval);
        notNegative("meterValueSampleInterval", meterValueSampleInterval);
        Checks.required("charging", charging);
        positive("connectionTimeOut", connectionTimeOut);
        if (transactionMessageAttempts < 1) {
            throw new InvalidValueException("transactionMessageAttempts", "must be at least 1");
        }
        notNegative("transactionMessageRetryInterval", transactionMessageRetryInterval);
        positive("reconnectInitialDelay", reconnectInitialDelay);
        positive("reconnectMaxDelay", reconnectMaxDelay);
        if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
            throw new InvalidValueException("reconnectMaxDelay", "must not be shorter than reconnectInitialDelay");
        }
        ocppConfiguration = Map.copyOf(Checks.required("ocppConfiguration", ocppConfiguration));
        featureProfiles = Set.copyOf(Checks.required("featureProfiles", featureProfiles));
        if (!featureProfiles.contains(FeatureProfile.Core)) {
            throw new InvalidValueException("featureProfiles", "must contain Core");
        }
        Checks.required("tls", tls);
        dataTransferRules = List.copyOf(Checks.required("dataTransferRules", dataTransferRules));
        Checks.required("firmware", firmware);
        connectorPatterns = Map.copyOf(Checks.required("connectorPatterns", connectorPatterns));
        for (Integer connector : connectorPatterns.keySet()) {
            if (connector < 1 || connector > connectorCount) {
                throw new InvalidValueException("connectorPatterns",
                        "names connector " + connector + ", but the connectors are 1 to " + connectorCount);
            }
        }
        Checks.required("randomFaults", randomFaults);
        // Every initial value is checked now, so a bad one is named before the charge point exists.
        initialConfiguration(connectorCount, featureProfiles, heartbeatInterval, meterValueSampleInterval,
                stopTransactionOnEvSideDisconnect, stopTransactionOnInvalidId, connectionTimeOut,
                transactionMessageAttempts, transactionMessageRetryInterval, authorizationKey, ocppConfiguration);
    }

    /** The most a connector delivers (max_charging_power_w). */
    public Power maxChargingPower() {
        return charging.meter().maxPower();
    }

    /** How connector {@code connectorId} (1..N) charges. */
    public ChargingSetup charging(int connectorId) {
        ChargingPattern pattern = connectorPatterns.get(connectorId);
        return pattern == null ? charging : charging.withPattern(pattern);
    }

    /** The OCPP configuration the charge point starts with. */
    public OcppConfiguration initialConfiguration() {
        return initialConfiguration(connectorCount, featureProfiles, heartbeatInterval, meterValueSampleInterval,
                stopTransactionOnEvSideDisconnect, stopTransactionOnInvalidId, connectionTimeOut,
                transactionMessageAttempts, transactionMessageRetryInterval, authorizationKey, ocppConfiguration);
    }

    private static OcppConfiguration initialConfiguration(int connectorCount, Set<FeatureProfile> profiles,
            Duration heartbeatInterval, Duration meterValueSampleInterval, boolean stopOnEvSideDisconnect,
            boolean stopOnInvalidId, Duration connectionTimeOut, int attempts, Duration retryInterval,
            String authorizationKey, Map<String, String> explicit) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ConfigurationKey.HeartbeatInterval.keyName(), Long.toString(heartbeatInterval.toSeconds()));
        values.put(ConfigurationKey.MeterValueSampleInterval.keyName(),
                Long.toString(meterValueSampleInterval.toSeconds()));
        values.put(ConfigurationKey.StopTransactionOnEVSideDisconnect.keyName(),
                Boolean.toString(stopOnEvSideDisconnect));
        values.put(ConfigurationKey.StopTransactionOnInvalidId.keyName(), Boolean.toString(stopOnInvalidId));
        values.put(ConfigurationKey.ConnectionTimeOut.keyName(), Long.toString(connectionTimeOut.toSeconds()));
        values.put(ConfigurationKey.TransactionMessageAttempts.keyName(), Integer.toString(attempts));
        values.put(ConfigurationKey.TransactionMessageRetryInterval.keyName(),
                Long.toString(retryInterval.toSeconds()));
        if (authorizationKey != null) {
            values.put(ConfigurationKey.AuthorizationKey.keyName(), authorizationKey);
        }
        values.putAll(explicit);
        return new OcppConfiguration(connectorCount, profiles, values);
    }

    /**
     * How the certificate of a {@code wss://} Central System is verified.
     *
     * @param trustStore a PEM file of certificates or a PKCS12 trust store; null: the JDK's default
     * @param trustStorePassword the PKCS12 password, or null
     * @param insecureSkipVerify accept any certificate and host name: for labs only
     */
    public record Tls(Path trustStore, String trustStorePassword, boolean insecureSkipVerify) {
        public static final Tls SYSTEM_DEFAULT = new Tls(null, null, false);

        @Override
        public String toString() {
            return "Tls[trustStore=" + trustStore + ", insecureSkipVerify=" + insecureSkipVerify + "]";
        }
    }

    /**
     * An answer to the Central System's DataTransfer.
     *
     * @param vendorId the vendorId it answers (exact)
     * @param messageId the messageId it answers; null: any
     * @param data the data sent back, or null
     */
    public record DataTransferRule(String vendorId, String messageId, DataTransferStatus status, String data) {
        public DataTransferRule {
            vendorId = Checks.text("vendorId", vendorId, 255);
            messageId = Checks.optionalText("messageId", messageId, 50);
            Checks.required("status", status);
        }

        public boolean matches(String vendor, String message) {
            return vendorId.equals(vendor) && (messageId == null || messageId.equals(message));
        }
    }

    /**
     * How a firmware update goes: how long the download and the installation take, and whether
     * one of them fails (every try).
     */
    public record FirmwareSimulation(Duration downloadTime, Duration installTime, FirmwareFailure failure) {
        public static final FirmwareSimulation DEFAULT = new FirmwareSimulation(Duration.ofSeconds(5),
                Duration.ofSeconds(5), FirmwareFailure.NONE);

        public FirmwareSimulation {
            notNegative("downloadTime", downloadTime);
            notNegative("installTime", installTime);
            Checks.required("failure", failure);
        }
    }

    /** Which step of a firmware update fails. */
    public enum FirmwareFailure { NONE, DOWNLOAD, INSTALLATION }

    private static void positive(String field, Duration value) {
        Checks.required(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, "must be positive, was " + value.toSeconds() + " s");
        }
    }

    private static void notNegative(String field, Duration value) {
        Checks.required(field, value);
        if (value.isNegative()) {
            throw new InvalidValueException(field, "must not be negative");
        }
    }

    public static Builder builder(ChargePointId id, URI centralSystemUrl) {
        return new Builder(id, centralSystemUrl);
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private final ChargePointId id;
        private final URI centralSystemUrl;
        private VendorInfo vendorInfo = VendorInfo.of("ocpp-simulator", "Simulator", "1.0.0");
        private int connectorCount = 2;
        private String authorizationKey;
        private Duration heartbeatInterval = Duration.ofSeconds(300);
        private Duration meterValueSampleInterval = Duration.ofSeconds(60);
        private ChargingSetup charging = new ChargingSetup(MeterSetup.DEFAULT, ChargingPattern.constant(),
                EvProfile.DEFAULT);
        private Map<Integer, ChargingPattern> connectorPatterns = Map.of();
        private RandomFaultPolicy randomFaults = RandomFaultPolicy.DISABLED;
        /** Random, within 53 bits so that it survives a trip through JSON in any language. */
        private long seed = new SecureRandom().nextLong() >>> 11;
        private boolean stopTransactionOnEvSideDisconnect = true;
        private boolean stopTransactionOnInvalidId = true;
        private Duration connectionTimeOut = Duration.ofSeconds(60);
        private int transactionMessageAttempts = 3;
        private Duration transactionMessageRetryInterval = Duration.ofSeconds(60);
        private Duration reconnectInitialDelay = Duration.ofSeconds(1);
        private Duration reconnectMaxDelay = Duration.ofSeconds(60);
        private Map<String, String> ocppConfiguration = Map.of();
        private Set<FeatureProfile> featureProfiles = EnumSet.allOf(FeatureProfile.class);
        private Tls tls = Tls.SYSTEM_DEFAULT;
        private List<DataTransferRule> dataTransferRules = List.of();
        private FirmwareSimulation firmware = FirmwareSimulation.DEFAULT;

        private Builder(ChargePointId id, URI centralSystemUrl) {
            this.id = id;
            this.centralSystemUrl = centralSystemUrl;
        }

        public Builder vendorInfo(VendorInfo value) {
            vendorInfo = value;
            return this;
        }

        public Builder connectorCount(int value) {
            connectorCount = value;
            return this;
        }

        public Builder authorizationKey(String value) {
            authorizationKey = value;
            return this;
        }

        public Builder heartbeatInterval(Duration value) {
            heartbeatInterval = value;
            return this;
        }

        public Builder meterValueSampleInterval(Duration value) {
            meterValueSampleInterval = value;
            return this;
        }

        /** Sets the EVSE's maximum, keeping the rest of the charging setup. */
        public Builder maxChargingPower(Power value) {
            charging = charging.withMeter(charging.meter().withMaxPower(value));
            return this;
        }

        public Builder charging(ChargingSetup value) {
            charging = value;
            return this;
        }

        public Builder connectorPatterns(Map<Integer, ChargingPattern> value) {
            connectorPatterns = value;
            return this;
        }

        public Builder randomFaults(RandomFaultPolicy value) {
            randomFaults = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder stopTransactionOnEvSideDisconnect(boolean value) {
            stopTransactionOnEvSideDisconnect = value;
            return this;
        }

        public Builder stopTransactionOnInvalidId(boolean value) {
            stopTransactionOnInvalidId = value;
            return this;
        }

        public Builder connectionTimeOut(Duration value) {
            connectionTimeOut = value;
            return this;
        }

        public Builder transactionMessageAttempts(int value) {
            transactionMessageAttempts = value;
            return this;
        }

        public Builder transactionMessageRetryInterval(Duration value) {
            transactionMessageRetryInterval = value;
            return this;
        }

        public Builder reconnectDelays(Duration initial, Duration max) {
            reconnectInitialDelay = initial;
            reconnectMaxDelay = max;
            return this;
        }

        public Builder ocppConfiguration(Map<String, String> value) {
            ocppConfiguration = value;
            return this;
        }

        public Builder featureProfiles(Set<FeatureProfile> value) {
            featureProfiles = value;
            return this;
        }

        public Builder tls(Tls value) {
            tls = value;
            return this;
        }

        public Builder dataTransferRules(List<DataTransferRule> value) {
            dataTransferRules = value;
            return this;
        }

        public Builder firmware(FirmwareSimulation value) {
            firmware = value;
            return this;
        }

        public ChargePointSettings build() {
            return new ChargePointSettings(id, vendorInfo, connectorCount, centralSystemUrl, authorizationKey,
                    heartbeatInterval, meterValueSampleInterval, charging, stopTransactionOnEvSideDisconnect,
                    stopTransactionOnInvalidId, connectionTimeOut, transactionMessageAttempts,
                    transactionMessageRetryInterval, reconnectInitialDelay, reconnectMaxDelay, ocppConfiguration,
                    featureProfiles, tls, dataTransferRules, firmware, connectorPatterns, randomFaults, seed);
        }
    }

    /** Never shows the AuthorizationKey. */
    @Override
    public String toString() {
        return "ChargePointSettings[id=" + id + ", connectors=" + connectorCount + ", centralSystemUrl="
                + centralSystemUrl + (authorizationKey != null ? ", with AuthorizationKey" : "") + "]";
    }
}
