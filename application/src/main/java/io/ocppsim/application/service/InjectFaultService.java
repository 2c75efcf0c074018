package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.InjectFaultUseCase;

/** Makes a fault active on a connector (see {@link io.ocppsim.domain.chargepoint.ChargePoint#injectFault}). */
public final class InjectFaultService implements InjectFaultUseCase {

    private final ConnectorChanges changes;

    InjectFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView injectFault(InjectFaultCommand command) {
        return changes.apply(command.connector(), (cp, connector) -> {
            cp.chargePoint().injectFault(connector.id(), command.fault(), changes.now());
            cp.faultsInjected++;
        });
    }
}
