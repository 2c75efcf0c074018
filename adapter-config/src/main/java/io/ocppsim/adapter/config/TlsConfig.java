package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code [simulator.tls]}: how the certificate of a {@code wss://} Central System is verified.
 * Nothing here matters for a {@code ws://} URL.
 *
 * <p>The loader resolves a relative trust store against the configuration file's folder and
 * checks that the file exists and is readable; whether it holds usable certificates is found out
 * when the charge point connects. This record only makes the path absolute (a relative one against
 * the working directory), so that what {@link ConfigWriter} writes loads back to an equal record.
 *
 * @param trustStore a PEM file of certificates or a PKCS12 trust store; empty: the JDK's trust store
 * @param trustStorePassword the PKCS12 password; only with a trust store; never shown by {@link #toString()}
 * @param insecureSkipVerify accept any certificate and host name: for labs only
 */
public record TlsConfig(Optional<Path> trustStore, Optional<String> trustStorePassword, boolean insecureSkipVerify) {

    public static final TlsConfig DEFAULTS = new TlsConfig(Optional.empty(), Optional.empty(), false);

    public TlsConfig {
        trustStore = ConfigRules.required(ConfigKey.TRUST_STORE, trustStore).map(p -> p.toAbsolutePath().normalize());
        ConfigRules.required(ConfigKey.TRUST_STORE_PASSWORD, trustStorePassword);
        if (trustStorePassword.isPresent() && trustStore.isEmpty()) {
            throw new ConfigValueException(ConfigKey.TRUST_STORE_PASSWORD.dotted(),
                    ConfigRules.TRUST_STORE_PASSWORD_WITHOUT_STORE);
        }
    }

    /** The application's view. */
    public ChargePointSettings.Tls toTls() {
        return new ChargePointSettings.Tls(trustStore.orElse(null), trustStorePassword.orElse(null),
                insecureSkipVerify);
    }

    /** Never shows the password, only whether there is one. */
    @Override
    public String toString() {
        return "TlsConfig[trustStore=" + trustStore.map(Path::toString).orElse("JDK default")
                + (trustStorePassword.isPresent() ? ", with password" : "")
                + ", insecureSkipVerify=" + insecureSkipVerify + "]";
    }
}
