package io.ocppsim.adapter.ocpp.transport;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.net.ssl.SSLException;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.client.auth.AuthConfig;
import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.glassfish.tyrus.container.jdk.client.JdkClientContainer;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * Opens WebSocket connections for every charge point of the process through one shared Tyrus
 * client on the JDK's asynchronous channels: a handful of I/O threads serve all connections, a few
 * kilobytes each. Opening blocks only a virtual thread. Tyrus never reconnects by itself here; the
 * application decides when to try again.
 *
 * <p>The TLS checks of {@code wss://} connections belong to the Tyrus client, so a connector serves
 * one TLS setting; {@link OcppTransport} keeps one per setting in use.
 */
public final class WebSocketConnector implements AutoCloseable {

    private final ClientManager client;
    private final ExecutorService opening = Executors.newVirtualThreadPerTaskExecutor();

    /** A connector for {@code ws://} URLs ({@code wss://} ones get the JDK's defaults). */
    public WebSocketConnector(Duration handshakeTimeout) {
        this(handshakeTimeout, null);
    }

    /**
     * A connector whose {@code wss://} connections check the server as {@code tls} says; null: the
     * JDK's defaults.
     */
    WebSocketConnector(Duration handshakeTimeout, SslEngineConfigurator tls) {
        client = ClientManager.createClient(JdkClientContainer.class.getName());
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT,
                (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis()));
        // Without Tyrus's own Basic/Digest handling a 401 is reported as such, every time.
        client.getProperties().put(ClientProperties.AUTH_CONFIG,
                AuthConfig.Builder.create().disableProvidedBasicAuth().disableProvidedDigestAuth().build());
        if (tls != null) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, tls);
        }
    }

    /**
     * Opens a connection to {@code uri} asking for {@code subprotocol}, with the extra HTTP headers of
     * the upgrade request. Completes with the session once it is open (the endpoint's onOpen has
     * run), or fails with a {@link ConnectFailure} that says why in words.
     */
    public CompletableFuture<Session> connect(URI uri, String subprotocol, Map<String, String> headers,
            Endpoint endpoint) {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .preferredSubprotocols(List.of(subprotocol))
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> requestHeaders) {
                        headers.forEach((name, value) -> requestHeaders.put(name, List.of(value)));
                    }

                    @Override
                    public void afterResponse(HandshakeResponse response) {
                        // nothing to read: the negotiated subprotocol is checked on the session
                    }
                })
                .build();
        CompletableFuture<Session> opened = new CompletableFuture<>();
        try {
            opening.execute(() -> {
                try {
                    opened.complete(client.connectToServer(endpoint, config, uri));
                } catch (DeploymentException | IOException | RuntimeException e) {
                    opened.completeExceptionally(new ConnectFailure(describe(uri, e)));
                }
            });
        } catch (RejectedExecutionException closed) {
            opened.completeExceptionally(new ConnectFailure(uri + ": the WebSocket client is closed"));
        }
        return opened;
    }

    /** A connection attempt failed; the message says why, for people. */
    public static final class ConnectFailure extends Exception {

        private static final long serialVersionUID = 1L;

        ConnectFailure(String message) {
            super(message, null, false, false);
        }
    }

    static String describe(URI uri, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            int status = -1;
            if (t instanceof DeploymentHandshakeException handshake) {
                status = handshake.getHttpStatusCode();
            } else if (t instanceof HandshakeException handshake) {
                status = handshake.getHttpStatusCode();
            }
            if (status > 0) {
                String meaning = switch (status) {
                    case 401 -> " (Unauthorized: the Central System refused the charge point's credentials)";
                    case 403 -> " (Forbidden)";
                    case 404 -> " (Not Found: no Central System endpoint at this URL and charge point id)";
                    default -> "";
                };
                return uri + " refused the WebSocket upgrade with HTTP " + status + meaning;
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        Optional<String> tls = describeTls(error);
        if (tls.isPresent()) {
            return uri + ": " + tls.get();
        }
        String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return uri + ": " + (error.getMessage() != null && root != error ? error.getMessage() + " (" + detail + ")"
                : detail);
    }

    /**
     * Explains a failed TLS handshake: the certificate the server showed was not accepted (not
     * signed by a trusted certificate, made out to another host, expired …), or TLS itself failed.
     */
    private static Optional<String> describeTls(Throwable error) {
        CertificateException certificate = null;
        SSLException tls = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (certificate == null && t instanceof CertificateException c) {
                certificate = c;
            }
            if (tls == null && t instanceof SSLException s) {
                tls = s;
            }
        }
        if (certificate != null) {
            String detail = certificate.getMessage() == null ? certificate.getClass().getSimpleName()
                    : certificate.getMessage();
            String why;
            if (certificate instanceof CertificateExpiredException) {
                why = "it has expired";
            } else if (certificate instanceof CertificateNotYetValidException) {
                why = "it is not valid yet";
            } else if (detail.startsWith("No subject alternative") || detail.startsWith("No name matching")) {
                why = "it is made out to another host name";
            } else if (detail.contains("PKIX path") || detail.contains("certification path")) {
                why = "it is not signed by a certificate of the trust store (self-signed or unknown authority)";
            } else {
                why = "it was refused";
            }
            return Optional.of("the server's certificate is not trusted: " + why + " (" + detail + ")");
        }
        if (tls != null) {
            return Optional.of("the TLS handshake failed (" + tls.getMessage() + ")");
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        opening.shutdownNow();
        client.shutdown();
    }
}
