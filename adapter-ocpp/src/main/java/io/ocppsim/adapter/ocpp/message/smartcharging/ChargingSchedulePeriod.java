package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * One period of a charging schedule: from {@code startPeriod} seconds after the schedule's start
 * (required), at most {@code limit} in the schedule's unit (required; the schema wants a multiple of
 * 0.1, so round before building one), on {@code numberPhases} phases (optional; 3 when absent).
 */
public record ChargingSchedulePeriod(int startPeriod, double limit, Integer numberPhases) {
}
