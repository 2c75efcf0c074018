package io.ocppsim.adapter.rest.connector;

import java.util.List;

/**
 * What a connector's meter reads now: true values, without the noise the meter values sent to the
 * Central System may carry.
 *
 * @param powerW the active power flowing to the EV, in watts
 * @param energyRegisterWh the meter's energy register, in watt-hours
 * @param voltageV the voltage of each phase in use, line to neutral, L1 first
 * @param currentA the current of each phase in use, L1 first
 * @param phases how many phases are in use
 * @param temperatureC the temperature of connector and cable, in degrees Celsius
 * @param offeredPowerW what the EVSE offers now: the least of its maximum and the charging limit
 * @param offeredCurrentA that offer as a current per phase
 */
public record MeterResponse(double powerW, double energyRegisterWh, List<Double> voltageV, List<Double> currentA,
        int phases, double powerFactor, double frequencyHz, double temperatureC, double offeredPowerW,
        double offeredCurrentA) {
}
