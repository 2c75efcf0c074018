package io.ocppsim.adapter.ocpp.message.smartcharging;

/** The unit of a charging schedule's limits: amperes per phase ({@code A}) or watts ({@code W}). */
public enum ChargingRateUnit {
    A, W
}
