package io.ocppsim.domain.smartcharging;

/** The unit of a schedule's limits, spelled as in OCPP 1.6 (ChargingRateUnitType). */
public enum ChargingRateUnit {
    /** Watts: a power limit. */
    W,
    /** Amperes per phase: a current limit; power = limit x voltage x phases. */
    A
}
