package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.List;

public interface GetConnectorsUseCase {

    /** Connector 0 and then every physical connector. */
    List<ConnectorView> connectors(ChargePointId chargePoint);

    ConnectorView connector(ConnectorRef connector);
}
