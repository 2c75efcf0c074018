package io.ocppsim.application.port.in;

import io.ocppsim.domain.fault.ChargePointErrorCode;

/** An active fault as the API shows it. */
public record FaultView(ChargePointErrorCode errorCode, String info, String vendorErrorCode) {
}
