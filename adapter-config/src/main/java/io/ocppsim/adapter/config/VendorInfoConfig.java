package io.ocppsim.adapter.config;

import io.ocppsim.domain.chargepoint.VendorInfo;

/**
 * {@code [simulator.vendor_info]}: what the charge point reports in BootNotification, within
 * OCPP's limits.
 *
 * @param chargePointVendor 1 to 20 characters
 * @param chargePointModel 1 to 20 characters
 * @param firmwareVersion up to 50 characters; empty means "not reported"
 */
public record VendorInfoConfig(String chargePointVendor, String chargePointModel, String firmwareVersion) {

    public static final VendorInfoConfig DEFAULTS = new VendorInfoConfig("ocpp-simulator", "Simulator", "1.0.0");

    public VendorInfoConfig {
        chargePointVendor = ConfigRules.chargePointVendor(chargePointVendor);
        chargePointModel = ConfigRules.chargePointModel(chargePointModel);
        firmwareVersion = ConfigRules.firmwareVersion(firmwareVersion);
    }

    /** The domain's view; an empty firmware version becomes "not reported". */
    public VendorInfo toVendorInfo() {
        return VendorInfo.of(chargePointVendor, chargePointModel, firmwareVersion.isBlank() ? null : firmwareVersion);
    }
}
