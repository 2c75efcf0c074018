package io.ocppsim.adapter.rest.connector;

/** An active fault: its OCPP error code and the optional texts StatusNotification carries. */
public record FaultResponse(String errorCode, String info, String vendorErrorCode) {
}
