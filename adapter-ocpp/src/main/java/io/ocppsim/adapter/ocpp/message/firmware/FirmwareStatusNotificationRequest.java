package io.ocppsim.adapter.ocpp.message.firmware;

/** FirmwareStatusNotification.req: the state of the firmware update (required). */
public record FirmwareStatusNotificationRequest(FirmwareStatus status) {
}
