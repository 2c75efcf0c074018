package io.ocppsim.adapter.ocpp.message.firmware;

/** UpdateFirmware.conf: empty; progress follows in FirmwareStatusNotification. */
public record UpdateFirmwareConfirmation() {
}
