package io.ocppsim.domain.charging;

import io.ocppsim.domain.meter.Power;

/**
 * How much power a connector draws while it is charging. The connector asks whenever its state
 * changes; richer models (tapering with the battery, variable load) plug in here.
 */
@FunctionalInterface
public interface ChargingModel {

    /** The power drawn while energy flows on the connector. */
    Power chargingPower();

    /** A flat draw at the given power. */
    static ChargingModel constant(Power power) {
        return () -> power;
    }
}
