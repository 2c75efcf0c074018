package io.ocppsim.adapter.ocpp.message.core;

/**
 * BootNotification.req: who the charge point is. Required: {@code chargePointVendor} and
 * {@code chargePointModel} (at most 20 characters each). Optional: {@code chargePointSerialNumber}
 * and {@code chargeBoxSerialNumber} (25), {@code firmwareVersion} (50), {@code iccid} and
 * {@code imsi} (20), {@code meterType} and {@code meterSerialNumber} (25).
 */
public record BootNotificationRequest(String chargePointVendor, String chargePointModel, String chargePointSerialNumber,
        String chargeBoxSerialNumber, String firmwareVersion, String iccid, String imsi, String meterType,
        String meterSerialNumber) {
}
