package io.ocppsim.application.port.out;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a charge point reaches its Central System: the base URL (the charge point id is
 * appended as the last path segment); for security profiles 1 and 2 the AuthorizationKey, sent as
 * the HTTP Basic auth password; for {@code wss://} how the server's certificate is checked; and
 * the WebSocketPingInterval the connection starts with.
 *
 * @param authorizationKey the Basic auth password, or null for none
 * @param tls how a {@code wss://} server is verified
 * @param pingInterval WebSocket pings this often; zero sends none
 */
public record CentralSystemEndpoint(URI baseUrl, String authorizationKey, Tls tls, Duration pingInterval) {

    public CentralSystemEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(pingInterval, "pingInterval");
        String scheme = baseUrl.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("central_system_url must start with ws:// or wss://, was " + baseUrl);
        }
        if (pingInterval.isNegative()) {
            throw new IllegalArgumentException("pingInterval must not be negative");
        }
    }

    public CentralSystemEndpoint(URI baseUrl, String authorizationKey) {
        this(baseUrl, authorizationKey, Tls.SYSTEM_DEFAULT, Duration.ZERO);
    }

    public boolean isSecure() {
        return "wss".equalsIgnoreCase(baseUrl.getScheme());
    }

    /**
     * How the certificate of a {@code wss://} Central System is verified.
     *
     * @param trustStore a PEM file of one or more certificates, or a PKCS12 trust store; null: the
     *     JDK's default trust store
     * @param trustStorePassword the PKCS12 password, or null (PEM needs none)
     * @param insecureSkipVerify accept any certificate and host name: for labs only, off by default
     */
    public record Tls(Path trustStore, String trustStorePassword, boolean insecureSkipVerify) {

        public static final Tls SYSTEM_DEFAULT = new Tls(null, null, false);

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Tls[trustStore=" + (trustStore == null ? "JDK default" : trustStore)
                    + (insecureSkipVerify ? ", NOT VERIFYING certificates" : "") + "]";
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "CentralSystemEndpoint[" + baseUrl + (authorizationKey != null ? ", with AuthorizationKey" : "")
                + ", " + tls + ", ping every " + pingInterval.toSeconds() + " s]";
    }
}
