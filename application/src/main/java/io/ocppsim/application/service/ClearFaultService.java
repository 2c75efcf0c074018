package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectorView;

/** Clears one or all faults of a connector (see {@link io.ocppsim.domain.chargepoint.ChargePoint#clearFault}). */
public final class ClearFaultService implements ClearFaultUseCase {

    private final ConnectorChanges changes;

    ClearFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView clearFault(ClearFaultCommand command) {
        return changes.apply(command.connector(),
                (cp, connector) -> cp.chargePoint().clearFault(connector.id(), command.errorCode(), changes.now()));
    }
}
