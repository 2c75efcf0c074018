package io.ocppsim.adapter.ocpp.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@link OcppConnection} driven straight through an {@link OcppTransport}, recording what its
 * listener hears, with waits that have a deadline.
 */
final class ConnectionProbe implements OcppConnection.Listener {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final CompletableFuture<String> failed = new CompletableFuture<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final OcppTransport transport;
    private final OcppConnection connection;

    ConnectionProbe(OcppTransport transport, String chargePointId) {
        this.transport = transport;
        this.connection = transport.connection(ChargePointId.of(chargePointId), this,
                (call, action) -> CompletableFuture.failedFuture(
                        new UnsupportedOperationException("not part of this test: " + action)));
    }

    OcppConnection connection() {
        return connection;
    }

    ConnectionProbe open(String url, Map<String, String> headers, Tls tls) {
        transport.open(connection, URI.create(url), headers, tls);
        return this;
    }

    /** Waits until the connection opened; fails with the reason when it could not. */
    ConnectionProbe awaitOpened() {
        CompletableFuture.anyOf(opened, failed).orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(timeout -> null).join();
        if (failed.isDone()) {
            throw new AssertionError("the connection failed: " + failed.join());
        }
        get(opened);
        return this;
    }

    /** Waits until opening failed and returns the reason; fails when it opened. */
    String awaitFailure() {
        CompletableFuture.anyOf(opened, failed).orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(timeout -> null).join();
        if (opened.isDone()) {
            throw new AssertionError("the connection opened, it should have failed");
        }
        return get(failed);
    }

    /** Waits until the open connection closed without being asked to, and returns why. */
    String awaitClosed() {
        return get(closed);
    }

    /** Sends a BootNotification and waits for its answer's payload: a round trip on the socket. */
    JsonNode boot() {
        ObjectNode payload = transport.codec().mapper().createObjectNode()
                .put("chargePointVendor", "ocpp-simulator").put("chargePointModel", "test");
        return get(connection.call(Action.BOOT_NOTIFICATION, payload));
    }

    @Override
    public void opened() {
        opened.complete(null);
    }

    @Override
    public void failed(String reason) {
        failed.complete(reason);
    }

    @Override
    public void closed(String reason) {
        closed.complete(reason);
    }

    private static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("nothing within " + WAIT, e);
        }
    }
}
