package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Power;
import java.net.URI;
import java.time.Duration;

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
 */
public record ChargePointSettings(ChargePointId id, VendorInfo vendorInfo, int connectorCount, URI centralSystemUrl,
        String authorizationKey, Duration heartbeatInterval, Duration meterValueSampleInterval, Power maxChargingPower,
        boolean stopTransactionOnEvSideDisconnect, boolean stopTransactionOnInvalidId, Duration connectionTimeOut,
        int transactionMessageAttempts, Duration transactionMessageRetryInterval, Duration reconnectInitialDelay,
        Duration reconnectMaxDelay) {

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
        Checks.required("maxChargingPower", maxChargingPower);
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
    }

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
        private Power maxChargingPower = Power.ofWatts(7360);
        private boolean stopTransactionOnEvSideDisconnect = true;
        private boolean stopTransactionOnInvalidId = true;
        private Duration connectionTimeOut = Duration.ofSeconds(60);
        private int transactionMessageAttempts = 3;
        private Duration transactionMessageRetryInterval = Duration.ofSeconds(60);
        private Duration reconnectInitialDelay = Duration.ofSeconds(1);
        private Duration reconnectMaxDelay = Duration.ofSeconds(60);

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

        public Builder maxChargingPower(Power value) {
            maxChargingPower = value;
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

        public ChargePointSettings build() {
            return new ChargePointSettings(id, vendorInfo, connectorCount, centralSystemUrl, authorizationKey,
                    heartbeatInterval, meterValueSampleInterval, maxChargingPower, stopTransactionOnEvSideDisconnect,
                    stopTransactionOnInvalidId, connectionTimeOut, transactionMessageAttempts,
                    transactionMessageRetryInterval, reconnectInitialDelay, reconnectMaxDelay);
        }
    }

    /** Never shows the AuthorizationKey. */
    @Override
    public String toString() {
        return "ChargePointSettings[id=" + id + ", connectors=" + connectorCount + ", centralSystemUrl="
                + centralSystemUrl + (authorizationKey != null ? ", with AuthorizationKey" : "") + "]";
    }
}
