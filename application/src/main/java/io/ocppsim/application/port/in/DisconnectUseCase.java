package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;

/** Disconnects a charge point from its Central System and keeps it disconnected. */
public interface DisconnectUseCase {

    ConnectionView disconnect(ChargePointId chargePoint);
}
