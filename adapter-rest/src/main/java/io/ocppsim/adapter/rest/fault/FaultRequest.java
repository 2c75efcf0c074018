package io.ocppsim.adapter.rest.fault;

/**
 * The body of {@code POST /connectors/{id}/fault}:
 * {@code {"error_code": "OverCurrentFailure", "info": "Simulated overcurrent", "vendor_error_code": "E42"}}.
 * Only {@code error_code} is required.
 */
public record FaultRequest(String errorCode, String info, String vendorErrorCode) {
}
