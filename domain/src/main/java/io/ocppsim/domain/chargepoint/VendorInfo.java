package io.ocppsim.domain.chargepoint;

import io.ocppsim.domain.common.Checks;

/**
 * What a charge point tells about itself in BootNotification, within OCPP's field limits. Only
 * vendor and model are required.
 */
public record VendorInfo(String chargePointVendor, String chargePointModel, String firmwareVersion,
        String chargePointSerialNumber, String chargeBoxSerialNumber, String iccid, String imsi, String meterType,
        String meterSerialNumber) {

    public VendorInfo {
        chargePointVendor = Checks.text("chargePointVendor", chargePointVendor, 20);
        chargePointModel = Checks.text("chargePointModel", chargePointModel, 20);
        firmwareVersion = Checks.optionalText("firmwareVersion", firmwareVersion, 50);
        chargePointSerialNumber = Checks.optionalText("chargePointSerialNumber", chargePointSerialNumber, 25);
        chargeBoxSerialNumber = Checks.optionalText("chargeBoxSerialNumber", chargeBoxSerialNumber, 25);
        iccid = Checks.optionalText("iccid", iccid, 20);
        imsi = Checks.optionalText("imsi", imsi, 20);
        meterType = Checks.optionalText("meterType", meterType, 25);
        meterSerialNumber = Checks.optionalText("meterSerialNumber", meterSerialNumber, 25);
    }

    /** Vendor, model and firmware version only. */
    public static VendorInfo of(String vendor, String model, String firmwareVersion) {
        return new VendorInfo(vendor, model, firmwareVersion, null, null, null, null, null, null);
    }

    /** The same, with another firmware version. */
    public VendorInfo withFirmwareVersion(String version) {
        return new VendorInfo(chargePointVendor, chargePointModel, version, chargePointSerialNumber,
                chargeBoxSerialNumber, iccid, imsi, meterType, meterSerialNumber);
    }
}
