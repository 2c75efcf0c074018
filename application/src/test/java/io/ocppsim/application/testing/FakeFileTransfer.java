package io.ocppsim.application.testing;

import io.ocppsim.application.port.out.FileTransferPort;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * File transfers that never touch the network: uploads are recorded and succeed (or fail, when
 * told), downloads answer a fixed size (or fail).
 */
public final class FakeFileTransfer implements FileTransferPort {

    /** One upload: where, under which name, and what. */
    public record Upload(URI location, String fileName, byte[] content) {
    }

    private final List<Upload> uploads = new ArrayList<>();
    private final List<URI> downloads = new ArrayList<>();
    private String failure;

    /** From now on every transfer fails with {@code reason}; null: they succeed again. */
    public synchronized FakeFileTransfer failWith(String reason) {
        failure = reason;
        return this;
    }

    @Override
    public synchronized CompletionStage<Void> upload(URI location, String fileName, byte[] content) {
        uploads.add(new Upload(location, fileName, content.clone()));
        return failure == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException(failure));
    }

    @Override
    public synchronized CompletionStage<Long> download(URI location) {
        downloads.add(location);
        return failure == null ? CompletableFuture.completedFuture(1024L)
                : CompletableFuture.failedFuture(new IllegalStateException(failure));
    }

    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public synchronized List<URI> downloads() {
        return List.copyOf(downloads);
    }
}
