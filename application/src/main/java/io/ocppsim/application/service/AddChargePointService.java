package io.ocppsim.application.service;

import java.util.function.Consumer;
import io.ocppsim.application.port.in.AddChargePointUseCase;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ChargePointView;

/** Adds a simulated charge point, disconnected. */
public final class AddChargePointService implements AddChargePointUseCase {

    private final ChargePointRegistry registry;
    private final QueryService queries;
    private final Consumer<SimulatedChargePoint> started;

    /** @param started starts what runs on its own: clock-aligned meter values, random faults */
    AddChargePointService(ChargePointRegistry registry, QueryService queries, Consumer<SimulatedChargePoint> started) {
        this.registry = registry;
        this.queries = queries;
        this.started = started;
    }

    @Override
    public ChargePointView addChargePoint(ChargePointSettings settings) {
        SimulatedChargePoint cp = registry.add(settings);
        started.accept(cp);
        return queries.view(cp);
    }
}
