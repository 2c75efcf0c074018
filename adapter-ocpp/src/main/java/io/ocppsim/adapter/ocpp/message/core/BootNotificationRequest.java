package io.ocppsim.adapter.ocpp.message.core;

/** BootNotification.req: who the charge point is. */
public record BootNotificationRequest(String chargePointVendor, String chargePointModel, String chargePointSerialNumber,
        String chargeBoxSerialNumber, String firmwareVersion, String iccid, String imsi, String meterType,
        String meterSerialNumber) {
}
