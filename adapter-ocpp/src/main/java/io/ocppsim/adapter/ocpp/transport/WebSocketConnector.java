package io.ocppsim.adapter.ocpp.transport;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.auth.AuthConfig;
import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.glassfish.tyrus.container.jdk.client.JdkClientContainer;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * Opens WebSocket connections for every charge point of the process through one shared Tyrus
 * client on the JDK's asynchronous channels: a handful of I/O threads serve all connections, a few
 * kilobytes each. Opening blocks only a virtual thread. Tyrus never reconnects by itself here; the
 * application decides when to try again.
 */
public final class WebSocketConnector implements AutoCloseable {

    private final ClientManager client;
    private final ExecutorService opening = Executors.newVirtualThreadPerTaskExecutor();

    public WebSocketConnector(Duration handshakeTimeout) {
        client = ClientManager.createClient(JdkClientContainer.class.getName());
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT,
                (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis()));
        // Without Tyrus's own Basic/Digest handling a 401 is reported as such, every time.
        client.getProperties().put(ClientProperties.AUTH_CONFIG,
                AuthConfig.Builder.create().disableProvidedBasicAuth().disableProvidedDigestAuth().build());
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
        opening.execute(() -> {
            try {
                opened.complete(client.connectToServer(endpoint, config, uri));
            } catch (DeploymentException | RuntimeException e) {
                opened.completeExceptionally(new ConnectFailure(describe(uri, e)));
            } catch (IOException e) {
                opened.completeExceptionally(new ConnectFailure(uri + ": " + e.getMessage()));
            }
        });
        return opened;
    }

    /** A connection attempt failed; the message says why, for people. */
    public static final class ConnectFailure extends Exception {
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
        String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return uri + ": " + (error.getMessage() != null && root != error ? error.getMessage() + " (" + detail + ")"
                : detail);
    }

    @Override
    public void close() {
        opening.shutdownNow();
        client.shutdown();
    }
}
