package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * GetCompositeSchedule.req: the schedule in force on {@code connectorId} (0 = the charge point's
 * total) for the next {@code duration} seconds (both required), optionally in a given unit.
 */
public record GetCompositeScheduleRequest(int connectorId, int duration, ChargingRateUnit chargingRateUnit) {
}
