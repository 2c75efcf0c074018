package io.ocppsim.adapter.ocpp.message.firmware;

/**
 * GetDiagnostics.conf: the name of the file that will be uploaded (at most 255 characters), left
 * out when there is no diagnostic information.
 */
public record GetDiagnosticsConfirmation(String fileName) {
}
