package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.ConnectorId;
import java.util.Objects;

/** Names one connector of one charge point. */
public record ConnectorRef(ChargePointId chargePointId, ConnectorId connectorId) {

    public ConnectorRef {
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(connectorId, "connectorId");
    }

    public static ConnectorRef of(ChargePointId chargePointId, int connectorId) {
        return new ConnectorRef(chargePointId, ConnectorId.of(connectorId));
    }

    @Override
    public String toString() {
        return chargePointId + "/" + connectorId;
    }
}
