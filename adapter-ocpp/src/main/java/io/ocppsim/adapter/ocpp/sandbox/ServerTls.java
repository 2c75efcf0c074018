package io.ocppsim.adapter.ocpp.sandbox;

import io.helidon.common.tls.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The sandbox's TLS identity: the first private key of a PKCS12 key store, with its certificate chain. */
final class ServerTls {

    private ServerTls() {
    }

    /** @throws IllegalArgumentException naming the file when it cannot be read or holds no key */
    static Tls load(Path pkcs12KeyStore, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(pkcs12KeyStore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)
                        && store.getKey(alias, secret) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return Tls.builder().privateKey(key).privateKeyCertChain(chain).build();
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the key store " + pkcs12KeyStore + ": " + e, e);
        }
        throw new IllegalArgumentException("The key store " + pkcs12KeyStore + " holds no private key");
    }
}
