package io.ocppsim.adapter.ocpp.message.core;

/** StatusNotification.conf: empty. */
public record StatusNotificationConfirmation() {
}
