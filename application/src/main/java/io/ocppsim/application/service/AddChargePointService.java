package io.ocppsim.application.service;

import io.ocppsim.application.port.in.AddChargePointUseCase;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ChargePointView;

/** Adds a simulated charge point, disconnected. */
public final class AddChargePointService implements AddChargePointUseCase {

    private final ChargePointRegistry registry;
    private final QueryService queries;

    AddChargePointService(ChargePointRegistry registry, QueryService queries) {
        this.registry = registry;
        this.queries = queries;
    }

    @Override
    public ChargePointView addChargePoint(ChargePointSettings settings) {
        return queries.view(registry.add(settings));
    }
}
