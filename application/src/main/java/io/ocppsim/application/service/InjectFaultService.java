package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.InjectFaultUseCase;

/** Makes a fault active on a connector. */
public final class InjectFaultService implements InjectFaultUseCase {

    private final ConnectorChanges changes;

    InjectFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView injectFault(InjectFaultCommand command) {
        return changes.apply(command.connector(),
                (cp, connector) -> connector.injectFault(command.fault(), changes.now()));
    }
}
