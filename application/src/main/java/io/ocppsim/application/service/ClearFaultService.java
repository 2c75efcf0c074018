package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectorView;

/** Clears one or all faults of a connector. */
public final class ClearFaultService implements ClearFaultUseCase {

    private final ConnectorChanges changes;

    ClearFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView clearFault(ClearFaultCommand command) {
        return changes.apply(command.connector(),
                (cp, connector) -> connector.clearFault(command.errorCode(), changes.now()));
    }
}
