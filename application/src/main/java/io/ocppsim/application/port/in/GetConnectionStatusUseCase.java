package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;

public interface GetConnectionStatusUseCase {

    ConnectionView connectionStatus(ChargePointId chargePoint);
}
