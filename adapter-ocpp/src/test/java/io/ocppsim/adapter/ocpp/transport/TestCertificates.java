package io.ocppsim.adapter.ocpp.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates made for a test with the running JDK's {@code keytool}: an EC key pair
 * in a PKCS12 key store (for the sandbox to serve), its certificate as PEM, and a PKCS12 trust
 * store holding only that certificate.
 *
 * @param keyStore   PKCS12 with the private key and its certificate, password {@link #KEY_STORE_PASSWORD}
 * @param pem        the certificate, PEM
 * @param trustStore PKCS12 with the certificate as a trusted entry, password {@link #TRUST_STORE_PASSWORD}
 */
record TestCertificates(Path keyStore, Path pem, Path trustStore) {

    static final String KEY_STORE_PASSWORD = "key-store-pw";
    static final String TRUST_STORE_PASSWORD = "trust-store-pw";

    private static final long KEYTOOL_DEADLINE_SECONDS = 60;

    /**
     * Makes a certificate for {@code commonName} with the subject alternative names {@code san}
     * (keytool syntax, e.g. {@code ip:127.0.0.1,dns:localhost}) in {@code directory}, its files
     * named after {@code name}.
     */
    static TestCertificates create(Path directory, String name, String commonName, String san) {
        Path keyStore = directory.resolve(name + ".p12");
        Path pem = directory.resolve(name + ".pem");
        Path trustStore = directory.resolve(name + "-trust.p12");
        Path log = directory.resolve(name + "-keytool.log");
        keytool(log, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + commonName, "-ext", "SAN=" + san, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", KEY_STORE_PASSWORD);
        keytool(log, "-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", KEY_STORE_PASSWORD, "-file", pem.toString());
        keytool(log, "-importcert", "-noprompt", "-alias", "central-system", "-file", pem.toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", TRUST_STORE_PASSWORD);
        return new TestCertificates(keyStore, pem, trustStore);
    }

    /** Runs keytool with a deadline, its output going to {@code log} (so it can never block on a full pipe). */
    private static void keytool(Path log, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(KEYTOOL_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("keytool did not finish within " + KEYTOOL_DEADLINE_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("keytool failed (" + process.exitValue() + "): " + command + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run keytool: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running keytool", e);
        }
    }

    /** Writes {@code text} to a new file in {@code directory}. */
    static Path file(Path directory, String name, String text) {
        try {
            return Files.writeString(directory.resolve(name), text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
