package io.ocppsim.adapter.rest.system;

import java.time.Instant;
import java.util.List;

/** The simulator as a whole: its version, since when it runs, and its charge points in the order they were added. */
public record SimulatorStatusResponse(String version, Instant startedAt, long uptimeSeconds,
        List<ChargePointResponse> chargePoints) {
}
