package io.ocppsim.application.port.in;

import java.time.Instant;
import java.util.List;

/** The simulator as a whole. */
public record SimulatorStatus(String version, Instant startedAt, long uptimeSeconds, List<ChargePointView> chargePoints) {

    public SimulatorStatus {
        chargePoints = List.copyOf(chargePoints);
    }
}
