package io.ocppsim.adapter.ocpp.message.core;

/**
 * ChangeAvailability.req: make a connector operative or inoperative; {@code connectorId} 0 means
 * the charge point as a whole. Both fields are required.
 */
public record ChangeAvailabilityRequest(int connectorId, AvailabilityType type) {
}
