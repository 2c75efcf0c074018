package io.ocppsim.application.port.out;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Moves files between a charge point and the places a Central System names: the diagnostics
 * upload of GetDiagnostics and the firmware download of UpdateFirmware. Both return at once; the
 * stage fails with an exception whose message says why in words.
 */
public interface FileTransferPort {

    /** Uploads {@code content} as {@code fileName} to {@code location}. */
    CompletionStage<Void> upload(URI location, String fileName, byte[] content);

    /** Downloads what {@code location} holds; answers its size in bytes. */
    CompletionStage<Long> download(URI location);
}
