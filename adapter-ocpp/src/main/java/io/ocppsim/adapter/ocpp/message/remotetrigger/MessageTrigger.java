package io.ocppsim.adapter.ocpp.message.remotetrigger;

/** The charge point messages a Central System may ask for with TriggerMessage. */
public enum MessageTrigger {
    BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues,
    StatusNotification
}
