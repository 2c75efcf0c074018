package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare charge point on the JDK's WebSocket client: sends what a test tells it to and collects
 * what the Central System sends back, matched by uniqueId.
 */
final class TestChargePoint implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;
    private final Map<String, CompletableFuture<ArrayNode>> waiting = new ConcurrentHashMap<>();
    private final BlockingQueue<ArrayNode> centralSystemCalls = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> unmatched = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private WebSocket socket;

    private TestChargePoint(String id) {
        this.id = id;
    }

    /** Connects offering {@code ocpp1.6}. */
    static TestChargePoint connect(SandboxCentralSystem cs, String id) {
        return connect(cs, id, List.of("ocpp1.6"), null);
    }

    /** Connects offering {@code subprotocols}, with HTTP Basic auth when {@code password} is not null. */
    static TestChargePoint connect(SandboxCentralSystem cs, String id, List<String> subprotocols, String password) {
        return join(connectAsync(cs, id, subprotocols, password));
    }

    static CompletableFuture<TestChargePoint> connectAsync(SandboxCentralSystem cs, String id,
                                                           List<String> subprotocols, String password) {
        TestChargePoint chargePoint = new TestChargePoint(id);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT);
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(subprotocols.getFirst(),
                    subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        if (password != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((id + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder.buildAsync(URI.create(cs.url() + "/" + id), chargePoint.new Listener())
                .thenApply(socket -> {
                    chargePoint.socket = socket;
                    return chargePoint;
                });
    }

    String id() {
        return id;
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Sends a CALL and returns the whole answer frame. */
    ArrayNode call(String action, JsonNode payload) {
        String uniqueId = "cp-" + nextId.incrementAndGet();
        return callRaw(uniqueId, write(MAPPER.createArrayNode().add(2).add(uniqueId).add(action).add(payload)));
    }

    /** Sends a CALL and returns the answer's payload; fails unless it is a CALLRESULT. */
    JsonNode callOk(String action, JsonNode payload) {
        ArrayNode answer = call(action, payload);
        if (answer.get(0).intValue() != 3) {
            throw new AssertionError(action + " was answered with " + answer);
        }
        return answer.get(2);
    }

    /** Sends {@code text} and returns the frame answering {@code uniqueId}. */
    ArrayNode callRaw(String uniqueId, String text) {
        CompletableFuture<ArrayNode> answer = expect(uniqueId);
        send(text);
        return join(answer);
    }

    /** A future for the frame the Central System sends with {@code uniqueId}. */
    CompletableFuture<ArrayNode> expect(String uniqueId) {
        return waiting.computeIfAbsent(uniqueId, key -> new CompletableFuture<>());
    }

    void send(String text) {
        join(socket.sendText(text, true));
    }

    /** The next CALL the Central System sent. */
    ArrayNode nextCentralSystemCall() {
        return poll(centralSystemCalls);
    }

    /** The next frame that answered nothing this charge point was waiting for. */
    String nextUnmatched() {
        return poll(unmatched);
    }

    boolean hasUnmatched() {
        return !unmatched.isEmpty();
    }

    void answer(ArrayNode call, JsonNode payload) {
        send(write(MAPPER.createArrayNode().add(3).add(call.get(1).asText()).add(payload)));
    }

    /** Sends a WebSocket ping and returns the data of the next pong. */
    byte[] ping(byte[] data) {
        join(socket.sendPing(ByteBuffer.wrap(data)));
        return poll(pongs);
    }

    /** Drops the TCP connection without a closing handshake. */
    void abort() {
        socket.abort();
    }

    /** Sends {@code text} as two WebSocket frames. */
    void sendFragmented(String text) {
        int half = text.length() / 2;
        join(socket.sendText(text.substring(0, half), false));
        join(socket.sendText(text.substring(half), true));
    }

    /** The close status code the Central System sent. */
    int awaitClosed() {
        return join(closed);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("Failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out", e);
        }
    }

    private static <T> T poll(BlockingQueue<T> queue) {
        try {
            T next = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("Nothing arrived within " + TIMEOUT);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void onFrame(String text) {
        try {
            JsonNode frame = MAPPER.readTree(text);
            if (frame.isArray() && frame.path(0).intValue() == 2) {
                centralSystemCalls.add((ArrayNode) frame);
                return;
            }
            CompletableFuture<ArrayNode> answer = frame.isArray() ? waiting.remove(frame.path(1).asText()) : null;
            if (answer != null) {
                answer.complete((ArrayNode) frame);
                return;
            }
        } catch (JsonProcessingException e) {
            // not JSON: unmatched
        }
        unmatched.add(text);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onFrame(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            byte[] data = new byte[message.remaining()];
            message.get(data);
            pongs.add(data);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
