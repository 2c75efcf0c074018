package io.ocppsim.adapter.rest.fault;

/** The optional body of {@code POST /connectors/{id}/clear-fault}: {@code {"error_code": "HighTemperature"}}. */
public record ClearFaultRequest(String errorCode) {
}
