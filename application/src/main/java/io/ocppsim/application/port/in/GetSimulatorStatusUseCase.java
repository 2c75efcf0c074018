package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.List;

public interface GetSimulatorStatusUseCase {

    SimulatorStatus status();

    HealthView health();

    /** The charge points in the order they were added; the first is the one the API's short paths address. */
    List<ChargePointId> chargePoints();
}
