package io.ocppsim.domain.charging;

import static io.ocppsim.domain.meter.SampledValue.decimal;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Location;
import io.ocppsim.domain.meter.Measurand;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.meter.Phase;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.meter.ReadingContext;
import io.ocppsim.domain.meter.SampledValue;
import io.ocppsim.domain.meter.UnitOfMeasure;
import io.ocppsim.domain.physics.ElectricalState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a connector's meter reads at one instant, and the OCPP sampled values it makes.
 *
 * @param register the energy register (true: noise never touches it)
 * @param electrical power, per-phase voltage and current, power factor, frequency as read
 * @param temperatureC the temperature of connector and cable
 * @param socPercent the EV's state of charge, or null without an EV
 * @param offeredPower what the EVSE offers: the least of its maximum and the charging limit
 * @param offeredCurrentA that offer as a current per phase
 */
public record MeterReadings(Instant at, Energy register, ElectricalState electrical, double temperatureC,
        Double socPercent, Power offeredPower, double offeredCurrentA) {

    public MeterReadings {
        Checks.required("at", at);
        Checks.required("register", register);
        Checks.required("electrical", electrical);
        Checks.required("offeredPower", offeredPower);
    }

    /**
     * Every value this meter measures, with {@code context}: the energy register, active power,
     * current per phase, offered current and power, voltage per phase (to neutral), power factor,
     * frequency, temperature (at the body) and, with an EV, its state of charge (at the EV).
     */
    public MeterSample sample(ReadingContext context) {
        List<SampledValue> values = new ArrayList<>();
        values.add(SampledValue.energyRegister(register, context));
        values.add(SampledValue.activePower(electrical.power(), context));
        if (electrical.phaseCount() > 1) {
            for (int n = 1; n <= electrical.phaseCount(); n++) {
                ElectricalState.Phase phase = electrical.phase(n);
                double watts = phase.voltageV() * phase.currentA() * electrical.powerFactor();
                values.add(new SampledValue(decimal(watts, 1), context, Measurand.POWER_ACTIVE_IMPORT, Phase.line(n),
                        null, UnitOfMeasure.W));
            }
        }
        for (int n = 1; n <= electrical.phaseCount(); n++) {
            values.add(new SampledValue(decimal(electrical.phase(n).currentA(), 3), context,
                    Measurand.CURRENT_IMPORT, Phase.line(n), null, UnitOfMeasure.A));
        }
        values.add(new SampledValue(decimal(offeredCurrentA, 1), context, Measurand.CURRENT_OFFERED,
                UnitOfMeasure.A));
        values.add(new SampledValue(decimal(offeredPower.watts(), 1), context, Measurand.POWER_OFFERED,
                UnitOfMeasure.W));
        for (int n = 1; n <= electrical.phaseCount(); n++) {
            values.add(new SampledValue(decimal(electrical.phase(n).voltageV(), 2), context, Measurand.VOLTAGE,
                    Phase.lineToNeutral(n), null, UnitOfMeasure.V));
        }
        values.add(new SampledValue(decimal(electrical.powerFactor(), 3), context, Measurand.POWER_FACTOR, null));
        values.add(new SampledValue(decimal(electrical.frequencyHz(), 2), context, Measurand.FREQUENCY, null));
        values.add(new SampledValue(decimal(temperatureC, 1), context, Measurand.TEMPERATURE, null, Location.BODY,
                UnitOfMeasure.Celsius));
        if (socPercent != null) {
            values.add(new SampledValue(decimal(socPercent, 1), context, Measurand.SOC, null, Location.EV,
                    UnitOfMeasure.Percent));
        }
        return new MeterSample(at, values);
    }
}
