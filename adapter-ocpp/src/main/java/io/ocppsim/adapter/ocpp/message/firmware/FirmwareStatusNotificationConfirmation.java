package io.ocppsim.adapter.ocpp.message.firmware;

/** FirmwareStatusNotification.conf: empty. */
public record FirmwareStatusNotificationConfirmation() {
}
