package io.ocppsim.adapter.rest.system;

import io.ocppsim.adapter.rest.connection.ConnectionMapper;
import io.ocppsim.adapter.rest.connector.ConnectorMapper;
import io.ocppsim.application.port.in.ChargePointView;
import io.ocppsim.application.port.in.HealthView;
import io.ocppsim.application.port.in.SimulatorStatus;
import org.mapstruct.Mapper;

/** Maps the simulator's status and health to responses. */
@Mapper(uses = {ConnectorMapper.class, ConnectionMapper.class})
public interface SystemMapper {

    SimulatorStatusResponse toResponse(SimulatorStatus status);

    ChargePointResponse toResponse(ChargePointView chargePoint);

    HealthResponse toResponse(HealthView health);
}
