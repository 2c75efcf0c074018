package io.ocppsim.adapter.ocpp.transfer;

import io.ocppsim.application.port.out.FileTransferPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The file transfers of GetDiagnostics and UpdateFirmware over the protocols charge points use:
 * {@code http(s)://} with the JDK's HTTP client (a diagnostics file goes up as a
 * {@code multipart/form-data} POST with the part {@code file}, the way most Central Systems'
 * upload endpoints take it; a firmware image comes down with GET), and {@code ftp://} with the
 * JDK's own FTP support (user and password in the URL). Any 2xx status is success; everything else
 * fails with a message that names the location and the status.
 */
public final class FileTransfer implements FileTransferPort, AutoCloseable {

    private final Duration timeout;
    private final ExecutorService ftp = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;

    public FileTransfer(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public CompletionStage<Void> upload(URI location, String fileName, byte[] content) {
        return switch (scheme(location)) {
            case "http", "https" -> {
                String boundary = "ocpp-simulator-" + UUID.randomUUID();
                byte[] body = multipart(boundary, fileName, content);
                HttpRequest request = HttpRequest.newBuilder(location).timeout(timeout)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                yield http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(response -> {
                            requireSuccess(location, response.statusCode());
                            return (Void) null;
                        });
            }
            case "ftp" -> CompletableFuture.runAsync(() -> {
                URI target = location.getPath() == null || location.getPath().endsWith("/")
                        ? location.resolve(fileName) : location;
                try (OutputStream out = open(target, true).getOutputStream()) {
                    out.write(content);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot upload to " + redacted(target) + ": " + e.getMessage(), e);
                }
            }, ftp);
            default -> unsupported(location);
        };
    }

    @Override
    public CompletionStage<Long> download(URI location) {
        return switch (scheme(location)) {
            case "http", "https" -> http.sendAsync(HttpRequest.newBuilder(location).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> {
                        requireSuccess(location, response.statusCode());
                        return (long) response.body().length;
                    });
            case "ftp" -> CompletableFuture.supplyAsync(() -> {
                try (InputStream in = open(location, false).getInputStream()) {
                    return in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot download " + redacted(location) + ": " + e.getMessage(),
                            e);
                }
            }, ftp);
            default -> unsupported(location);
        };
    }

    private URLConnection open(URI location, boolean output) throws IOException {
        URLConnection connection = location.toURL().openConnection();
        connection.setConnectTimeout((int) timeout.toMillis());
        connection.setReadTimeout((int) timeout.toMillis());
        connection.setDoOutput(output);
        return connection;
    }

    private static <T> CompletionStage<T> unsupported(URI location) {
        return CompletableFuture.failedFuture(new IllegalArgumentException(
                "cannot transfer files over " + location.getScheme() + ": only http, https and ftp"));
    }

    private static void requireSuccess(URI location, int status) {
        if (status < 200 || status > 299) {
            throw new CompletionException(new IOException(redacted(location) + " answered HTTP " + status));
        }
    }

    private static String scheme(URI location) {
        return location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
    }

    /** The location without the password a URL may carry. */
    static String redacted(URI location) {
        if (location.getUserInfo() == null) {
            return location.toString();
        }
        String user = location.getUserInfo().split(":", 2)[0];
        return location.toString().replace(location.getRawUserInfo(), user + ":***");
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "") + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + content.length + tailBytes.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(content, 0, body, headBytes.length, content.length);
        System.arraycopy(tailBytes, 0, body, headBytes.length + content.length, tailBytes.length);
        return body;
    }

    @Override
    public void close() {
        ftp.shutdownNow();
        http.close();
    }
}
