package io.ocppsim.adapter.rest.system;

/**
 * Whether the simulator is well.
 *
 * @param status UP when every charge point that should be connected is online, DEGRADED otherwise
 * @param chargePoints how many charge points the simulator has
 * @param online how many of them are online
 */
public record HealthResponse(String status, int chargePoints, int online, long uptimeSeconds) {
}
