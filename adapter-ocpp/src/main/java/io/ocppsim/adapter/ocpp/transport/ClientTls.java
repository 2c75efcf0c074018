package io.ocppsim.adapter.ocpp.transport;

import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.glassfish.tyrus.client.SslEngineConfigurator;

/**
 * How the charge point's side of a {@code wss://} connection checks the Central System, made from
 * a {@link Tls} setting:
 *
 * <ul>
 *   <li>no trust store: the JDK's default trust ({@code cacerts}, or what the
 *       {@code javax.net.ssl.trustStore} system property names);
 *   <li>a trust store: exactly the certificates in it, and no others. The file is either PEM (one
 *       or more {@code -----BEGIN CERTIFICATE-----} blocks) or PKCS12, told apart by its content,
 *       not its name. In a PKCS12 file both trusted-certificate entries and the certificates of key
 *       entries count, so a server's own key store can be handed over as it is;
 *   <li>{@code insecureSkipVerify}: any certificate, any host name (the trust store is not read).
 * </ul>
 *
 * <p>Unless verification is skipped, the host name in the URL must match the certificate (the
 * HTTPS rules: subject alternative names, IP addresses as IP entries).
 */
final class ClientTls {

    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);
    private static final byte DER_SEQUENCE = 0x30;

    private ClientTls() {
    }

    /** The trust store cannot be used; the message names the file and says why, for people. */
    static final class UnusableTrustStore extends Exception {

        private static final long serialVersionUID = 1L;

        UnusableTrustStore(Path file, String why) {
            super("cannot use the trust store " + file + ": " + why, null, false, false);
        }
    }

    /** The Tyrus configuration of the SSL engines for {@code tls}; reads the trust store now. */
    static SslEngineConfigurator configurator(Tls tls) throws UnusableTrustStore {
        SSLContext context;
        if (tls.insecureSkipVerify()) {
            context = context(new TrustManager[] {new TrustingEverything()});
        } else if (tls.trustStore() == null) {
            try {
                context = SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK has no default TLS context", e);
            }
        } else {
            context = context(trustManagers(certificates(tls.trustStore(), tls.trustStorePassword())));
        }
        SslEngineConfigurator configurator = new SslEngineConfigurator(context, true, false, false);
        configurator.setHostVerificationEnabled(!tls.insecureSkipVerify());
        return configurator;
    }

    /** The certificates in a PEM or PKCS12 file; at least one. */
    static List<X509Certificate> certificates(Path file, String password) throws UnusableTrustStore {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnusableTrustStore(file, "there is no such file");
        } catch (AccessDeniedException e) {
            throw new UnusableTrustStore(file, "not allowed to read it");
        } catch (IOException e) {
            throw new UnusableTrustStore(file, "cannot read it (" + e.getMessage() + ")");
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<X509Certificate> certificates;
        if (text.contains("-----BEGIN ")) {
            certificates = fromPem(file, text);
            if (certificates.isEmpty()) {
                throw new UnusableTrustStore(file, "it is PEM but holds no certificate (no -----BEGIN CERTIFICATE-----"
                        + " block)");
            }
        } else if (content.length > 0 && content[0] == DER_SEQUENCE) {
            certificates = fromPkcs12(file, content, password);
        } else {
            throw new UnusableTrustStore(file, content.length == 0 ? "the file is empty"
                    : "it is neither PEM certificates (-----BEGIN CERTIFICATE-----) nor a PKCS12 store");
        }
        if (certificates.isEmpty()) {
            throw new UnusableTrustStore(file, "it holds no certificates"
                    + (password == null && content[0] == DER_SEQUENCE
                            ? " that can be read without a password (is one needed?)" : ""));
        }
        return certificates;
    }

    private static List<X509Certificate> fromPem(Path file, String text) throws UnusableTrustStore {
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_CERTIFICATE.matcher(text);
        while (block.find()) {
            int number = certificates.size() + 1;
            try {
                byte[] der = Base64.getMimeDecoder().decode(block.group(1).trim());
                certificates.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException e) {
                throw new UnusableTrustStore(file, "certificate " + number + " is damaged (" + e.getMessage() + ")");
            }
        }
        return certificates;
    }

    private static List<X509Certificate> fromPkcs12(Path file, byte[] content, String password)
            throws UnusableTrustStore {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), password == null ? null : password.toCharArray());
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("password");
            throw new UnusableTrustStore(file, wrongPassword
                    ? "wrong password" + (password == null ? " (none given)" : "")
                    : "not a readable PKCS12 store (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new UnusableTrustStore(file, "not a readable PKCS12 store (" + e.getMessage() + ")");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException("A loaded key store refused to list its entries", e);
        }
        return certificates;
    }

    private static TrustManager[] trustManagers(List<X509Certificate> trusted) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                anchors.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build a trust manager from certificates already read", e);
        }
    }

    private static SSLContext context(TrustManager[] trustManagers) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot make a TLS context", e);
        }
    }

    /** Accepts every certificate chain: only for {@code insecureSkipVerify}. */
    private static final class TrustingEverything extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // trusted
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // trusted
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // trusted
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // trusted
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // trusted
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // trusted
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
