package io.ocppsim.adapter.ocpp.message.smartcharging;

import java.time.Instant;
import java.util.List;

/**
 * A charging schedule: its length in seconds ({@code duration}, optional; without it the last
 * period lasts until the profile ends), its start ({@code startSchedule}, optional; relative
 * profiles have none), the unit of its limits (required), its periods in order of
 * {@code startPeriod}, the first at 0 (required), and the lowest rate the EV accepts
 * ({@code minChargingRate}, optional, a multiple of 0.1). The periods are copied on construction.
 */
public record ChargingSchedule(Integer duration, Instant startSchedule, ChargingRateUnit chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod, Double minChargingRate) {

    public ChargingSchedule {
        chargingSchedulePeriod = chargingSchedulePeriod == null ? null : List.copyOf(chargingSchedulePeriod);
    }
}
