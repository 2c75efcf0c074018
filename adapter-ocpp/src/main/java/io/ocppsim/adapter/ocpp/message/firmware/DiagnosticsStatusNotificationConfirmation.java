package io.ocppsim.adapter.ocpp.message.firmware;

/** DiagnosticsStatusNotification.conf: empty. */
public record DiagnosticsStatusNotificationConfirmation() {
}
