package io.ocppsim.application.port.in;

import java.util.List;

/** A charge point as the API shows it: identity, connection and connectors (0 first). */
public record ChargePointView(String chargePointId, String vendor, String model, String firmwareVersion,
        int connectorCount, ConnectionView connection, List<ConnectorView> connectors) {

    public ChargePointView {
        connectors = List.copyOf(connectors);
    }
}
