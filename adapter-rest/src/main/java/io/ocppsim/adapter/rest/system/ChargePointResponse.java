package io.ocppsim.adapter.rest.system;

import io.ocppsim.adapter.rest.connection.ConnectionResponse;
import io.ocppsim.adapter.rest.connector.ConnectorResponse;
import java.util.List;

/** A charge point: identity, connection and connectors (connector 0 first). */
public record ChargePointResponse(String chargePointId, String vendor, String model, String firmwareVersion,
        int connectorCount, ConnectionResponse connection, List<ConnectorResponse> connectors) {
}
