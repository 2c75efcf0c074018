package io.ocppsim.application.port.in;

/**
 * Whether the simulator is well: UP when every charge point that should be connected is online,
 * DEGRADED otherwise. The process answering at all means it is alive.
 */
public record HealthView(String status, int chargePoints, int online, long uptimeSeconds) {
}
