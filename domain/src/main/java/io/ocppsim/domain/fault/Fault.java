package io.ocppsim.domain.fault;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/**
 * An active fault: its error code, and the optional free text and vendor code that OCPP carries in
 * StatusNotification (at most 50 characters each).
 */
public record Fault(ChargePointErrorCode errorCode, String info, String vendorErrorCode) {

    public static final int MAX_INFO_LENGTH = 50;
    public static final int MAX_VENDOR_ERROR_CODE_LENGTH = 50;

    public Fault {
        Checks.required("errorCode", errorCode);
        if (errorCode == ChargePointErrorCode.NoError) {
            throw new InvalidValueException("errorCode", "NoError is not a fault");
        }
        info = Checks.optionalText("info", info, MAX_INFO_LENGTH);
        vendorErrorCode = Checks.optionalText("vendorErrorCode", vendorErrorCode, MAX_VENDOR_ERROR_CODE_LENGTH);
    }

    public static Fault of(ChargePointErrorCode errorCode) {
        return new Fault(errorCode, null, null);
    }
}
