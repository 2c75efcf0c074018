package io.ocppsim.adapter.ocpp.message.firmware;

/**
 * Where a diagnostics upload stands, as DiagnosticsStatusNotification reports it: {@code Idle}
 * only in answer to a TriggerMessage when no upload is going on.
 */
public enum DiagnosticsStatus {
    Idle, Uploaded, UploadFailed, Uploading
}
