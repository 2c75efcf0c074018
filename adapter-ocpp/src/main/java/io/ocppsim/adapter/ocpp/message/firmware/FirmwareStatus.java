package io.ocppsim.adapter.ocpp.message.firmware;

/**
 * Where a firmware update stands, as FirmwareStatusNotification reports it: {@code Downloading},
 * {@code Downloaded}, {@code Installing}, {@code Installed}, or one of the failures; {@code Idle}
 * only in answer to a TriggerMessage when no update is going on.
 */
public enum FirmwareStatus {
    Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing, Installed
}
