package io.ocppsim.adapter.ocpp.message.firmware;

/** DiagnosticsStatusNotification.req: the state of the diagnostics upload (required). */
public record DiagnosticsStatusNotificationRequest(DiagnosticsStatus status) {
}
