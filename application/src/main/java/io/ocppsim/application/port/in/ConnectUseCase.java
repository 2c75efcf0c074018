package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;

/**
 * Connects a charge point to its Central System, and keeps it connected: it boots on every
 * connection and reconnects with backoff when the connection drops. Returns at once; the
 * connection's progress shows in {@link GetConnectionStatusUseCase} and in the events.
 */
public interface ConnectUseCase {

    ConnectionView connect(ChargePointId chargePoint);
}
