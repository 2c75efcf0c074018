package io.ocppsim.adapter.ocpp.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads and downloads against a real HTTP server on loopback. */
class FileTransferTest {

    private final FileTransfer transfer = new FileTransfer(Duration.ofSeconds(5));
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/upload", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + "\n" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/firmware/fw-2.0.bin", exchange -> {
            byte[] image = new byte[4096];
            exchange.sendResponseHeaders(200, image.length);
            exchange.getResponseBody().write(image);
            exchange.close();
        });
        server.createContext("/refuse", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        transfer.close();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void uploadsTheFileAsMultipartFormData() throws Exception {
        transfer.upload(url("/upload"), "diag.txt", "hello".getBytes(StandardCharsets.UTF_8))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).startsWith("POST multipart/form-data; boundary=")
                .contains("name=\"file\"; filename=\"diag.txt\"").contains("\r\n\r\nhello\r\n");
    }

    @Test
    void downloadsAndAnswersTheSize() throws Exception {
        assertThat(transfer.download(url("/firmware/fw-2.0.bin")).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isEqualTo(4096L);
    }

    @Test
    void aRefusalFailsNamingTheStatus() {
        assertThatThrownBy(() -> transfer.upload(url("/refuse"), "d.txt", new byte[1]).toCompletableFuture()
                .get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("HTTP 403");
        assertThatThrownBy(() -> transfer.download(url("/nothing-here")).toCompletableFuture()
                .get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void anUnsupportedSchemeFailsAtOnce() {
        assertThatThrownBy(() -> transfer.upload(URI.create("sftp://127.0.0.1/x"), "d.txt", new byte[1])
                .toCompletableFuture().get(1, TimeUnit.SECONDS))
                .hasMessageContaining("only http, https and ftp");
    }

    @Test
    void aPasswordInTheLocationIsNeverShown() {
        assertThat(FileTransfer.redacted(URI.create("ftp://user:secret@127.0.0.1/diag/")))
                .isEqualTo("ftp://user:***@127.0.0.1/diag/");
    }
}
