package io.ocppsim.adapter.rest.connector;

/**
 * The EV on a connector's cable.
 *
 * @param capacityWh its usable battery capacity, in watt-hours
 * @param socPercent its state of charge now, in percent
 * @param targetSocPercent where it stops drawing, in percent
 * @param maxPowerW the most its on-board charger draws, in watts
 * @param phases the phases its on-board charger uses, 1 or 3
 * @param reachedTarget whether it reached its target and stopped drawing
 */
public record EvResponse(double capacityWh, double socPercent, double targetSocPercent, double maxPowerW,
        int phases, boolean reachedTarget) {
}
