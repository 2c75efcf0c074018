package io.ocppsim.adapter.ocpp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import io.ocppsim.application.testing.RecordingEventPublisher;
import io.ocppsim.application.testing.VirtualTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wss://} through the real transport against the sandbox Central System serving TLS on
 * loopback, with certificates made by keytool for this test.
 */
class SecureTransportTest {

    private static final String CP = "CP-TLS-1";

    @TempDir
    static Path certificates;
    private static TestCertificates localhost;
    private static TestCertificates otherHost;

    private final VirtualTime time = new VirtualTime();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final OcppTransport transport = new OcppTransport(time,
            new OcppTransport.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)), events, time.clock());
    private final List<SandboxCentralSystem> sandboxes = new ArrayList<>();

    @BeforeAll
    static void makeCertificates() {
        localhost = TestCertificates.create(certificates, "localhost", "localhost", "ip:127.0.0.1,dns:localhost");
        otherHost = TestCertificates.create(certificates, "other", "other", "dns:other");
    }

    @AfterEach
    void stop() {
        transport.close();
        sandboxes.forEach(SandboxCentralSystem::stop);
        sandboxes.forEach(cs -> assertThat(cs.violations()).isEmpty());
    }

    private SandboxCentralSystem sandbox(TestCertificates identity) {
        SandboxCentralSystem cs = new SandboxCentralSystem()
                .startTls(identity.keyStore(), TestCertificates.KEY_STORE_PASSWORD);
        sandboxes.add(cs);
        return cs;
    }

    private ConnectionProbe open(SandboxCentralSystem cs, Tls tls) {
        return open(cs, tls, Map.of());
    }

    private ConnectionProbe open(SandboxCentralSystem cs, Tls tls, Map<String, String> headers) {
        return new ConnectionProbe(transport, CP).open(cs.url() + "/" + CP, headers, tls);
    }

    private static Tls trusting(Path trustStore, String password) {
        return new Tls(trustStore, password, false);
    }

    private List<SimulatorEvent> warnings() {
        return events.events().stream().filter(e -> e.severity() == Severity.WARNING).toList();
    }

    @Nested
    class Trust {

        @Test
        void theSandboxServesWss() {
            SandboxCentralSystem cs = sandbox(localhost);

            assertThat(cs.url()).isEqualTo("wss://127.0.0.1:" + cs.port() + "/ocpp");
        }

        @Test
        void connectsTrustingAPemCertificate() {
            SandboxCentralSystem cs = sandbox(localhost);

            ConnectionProbe probe = open(cs, trusting(localhost.pem(), null)).awaitOpened();

            assertThat(probe.boot().path("status").asText()).isEqualTo("Accepted");
            assertThat(cs.isConnected(CP)).isTrue();
            assertThat(warnings()).isEmpty();
        }

        @Test
        void connectsTrustingAPemFileOfSeveralCertificatesWithTextAround() throws Exception {
            SandboxCentralSystem cs = sandbox(localhost);
            Path bundle = TestCertificates.file(certificates, "bundle.pem", "# the other one\n"
                    + Files.readString(otherHost.pem()) + "\n# ours\n" + Files.readString(localhost.pem()));

            open(cs, trusting(bundle, null)).awaitOpened();
        }

        @Test
        void connectsTrustingAPkcs12TrustStore() {
            SandboxCentralSystem cs = sandbox(localhost);

            ConnectionProbe probe = open(cs, trusting(localhost.trustStore(), TestCertificates.TRUST_STORE_PASSWORD))
                    .awaitOpened();

            assertThat(probe.boot().path("status").asText()).isEqualTo("Accepted");
        }

        @Test
        void aServersOwnKeyStoreServesAsTrustStoreToo() {
            SandboxCentralSystem cs = sandbox(localhost);

            open(cs, trusting(localhost.keyStore(), TestCertificates.KEY_STORE_PASSWORD)).awaitOpened();
        }

        @Test
        void theJdkDefaultTrustRefusesASelfSignedCertificate() {
            SandboxCentralSystem cs = sandbox(localhost);

            String reason = open(cs, Tls.SYSTEM_DEFAULT).awaitFailure();

            assertThat(reason).startsWith(cs.url() + "/" + CP + ": the server's certificate is not trusted: ")
                    .contains("not signed by a certificate of the trust store");
            assertThat(cs.isConnected(CP)).isFalse();
        }

        @Test
        void aTrustStoreWithOtherCertificatesOnlyIsRefusedToo() {
            SandboxCentralSystem cs = sandbox(localhost);

            String reason = open(cs, trusting(otherHost.pem(), null)).awaitFailure();

            assertThat(reason).contains("the server's certificate is not trusted: it is not signed by");
        }

        @Test
        void aCertificateForAnotherHostIsRefusedEvenWhenTrusted() {
            SandboxCentralSystem cs = sandbox(otherHost);

            String reason = open(cs, trusting(otherHost.pem(), null)).awaitFailure();

            assertThat(reason).contains("the server's certificate is not trusted: it is made out to another host name")
                    .contains("127.0.0.1");
        }

        @Test
        void insecureSkipVerifyAcceptsAnyCertificateAndHostAndWarnsOncePerConnection() {
            SandboxCentralSystem cs = sandbox(otherHost);
            Tls insecure = new Tls(null, null, true);

            ConnectionProbe probe = open(cs, insecure).awaitOpened();
            probe.boot();

            assertThat(warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.message()).contains("verification is OFF").contains(cs.url());
                assertThat(warning.chargePointId().value()).isEqualTo(CP);
            });
            open(cs, insecure).awaitOpened();
            assertThat(warnings()).hasSize(2);
        }

        @Test
        void insecureSkipVerifyDoesNotEvenReadTheTrustStore() {
            SandboxCentralSystem cs = sandbox(localhost);

            open(cs, new Tls(certificates.resolve("missing.pem"), null, true)).awaitOpened();
        }

        @Test
        void plainWebSocketIgnoresTheTlsSetting() {
            SandboxCentralSystem cs = new SandboxCentralSystem().start();
            sandboxes.add(cs);

            new ConnectionProbe(transport, CP).open(cs.url() + "/" + CP, Map.of(),
                    trusting(certificates.resolve("missing.pem"), null)).awaitOpened();
            assertThat(warnings()).isEmpty();
        }
    }

    @Nested
    class UnusableTrustStore {

        @Test
        void aMissingFile() {
            SandboxCentralSystem cs = sandbox(localhost);
            Path missing = certificates.resolve("no-such-file.pem");

            String reason = open(cs, trusting(missing, null)).awaitFailure();

            assertThat(reason).isEqualTo(cs.url() + "/" + CP + ": cannot use the trust store " + missing
                    + ": there is no such file");
        }

        @Test
        void aWrongPassword() {
            SandboxCentralSystem cs = sandbox(localhost);

            String reason = open(cs, trusting(localhost.trustStore(), "not-the-password")).awaitFailure();

            assertThat(reason).contains("cannot use the trust store " + localhost.trustStore() + ": wrong password");
        }

        @Test
        void aFileOfNoKnownFormat() {
            SandboxCentralSystem cs = sandbox(localhost);
            Path text = TestCertificates.file(certificates, "notes.txt", "not a certificate");

            String reason = open(cs, trusting(text, null)).awaitFailure();

            assertThat(reason).contains("cannot use the trust store " + text + ": it is neither PEM");
        }

        @Test
        void aPemFileWithoutCertificates() {
            SandboxCentralSystem cs = sandbox(localhost);
            Path key = TestCertificates.file(certificates, "key-only.pem",
                    "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

            String reason = open(cs, trusting(key, null)).awaitFailure();

            assertThat(reason).contains("cannot use the trust store " + key + ": it is PEM but holds no certificate");
        }

        @Test
        void aPkcs12StoreWithoutItsPassword() {
            SandboxCentralSystem cs = sandbox(localhost);

            String reason = open(cs, trusting(localhost.trustStore(), null)).awaitFailure();

            assertThat(reason).contains("cannot use the trust store " + localhost.trustStore())
                    .contains("without a password");
        }

        @Test
        void aDamagedPemCertificate() {
            SandboxCentralSystem cs = sandbox(localhost);
            Path damaged = TestCertificates.file(certificates, "damaged.pem",
                    "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");

            String reason = open(cs, trusting(damaged, null)).awaitFailure();

            assertThat(reason).contains("cannot use the trust store " + damaged + ": certificate 1 is damaged");
        }

        @Test
        void isReadAgainOnTheNextAttemptOnceFixed() throws Exception {
            SandboxCentralSystem cs = sandbox(localhost);
            Path later = certificates.resolve("later.pem");
            Files.deleteIfExists(later);
            open(cs, trusting(later, null)).awaitFailure();

            Files.copy(localhost.pem(), later);

            open(cs, trusting(later, null)).awaitOpened();
        }

        @Test
        void aClosedTransportFailsTheAttemptClearly() {
            SandboxCentralSystem cs = sandbox(localhost);
            transport.close();

            String reason = open(cs, trusting(localhost.pem(), null)).awaitFailure();

            assertThat(reason).contains("closed");
        }
    }

    @Nested
    class OverTls {

        @Test
        void basicAuthIsCheckedOverWss() {
            SandboxCentralSystem cs = sandbox(localhost).requirePassword(CP, "s3cret-key");
            Tls tls = trusting(localhost.pem(), null);

            open(cs, tls, basicAuth("s3cret-key")).awaitOpened();

            assertThat(open(cs, tls, basicAuth("wrong")).awaitFailure()).contains("HTTP 401").contains("Unauthorized");
            assertThat(open(cs, tls).awaitFailure()).contains("HTTP 401");
        }

        @Test
        void aRestartedSandboxServesWssAgainAtTheSameUrl() {
            SandboxCentralSystem cs = sandbox(localhost);
            Tls tls = trusting(localhost.pem(), null);
            ConnectionProbe first = open(cs, tls).awaitOpened();
            first.boot();
            String url = cs.url();

            cs.stop();
            assertThat(first.awaitClosed()).contains("1001");
            cs.start();

            assertThat(cs.url()).isEqualTo(url);
            open(cs, tls).awaitOpened().boot();
            assertThat(cs.calls(CP)).hasSize(2);
        }

        private static Map<String, String> basicAuth(String password) {
            return Map.of("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((CP + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
