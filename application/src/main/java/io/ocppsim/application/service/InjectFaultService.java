package io.ocppsim.application.service;

import java.time.Instant;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.InjectFaultUseCase;

/**
 * Makes a fault active on a connector. A fault of connector 0 that stops energy (see
 * {@link io.ocppsim.domain.fault.FaultEffect}) is the whole charge point's: every connector gets it
 * too, with its effect on a running transaction, and loses it when connector 0 does.
 */
public final class InjectFaultService implements InjectFaultUseCase {

    private final ConnectorChanges changes;

    InjectFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView injectFault(InjectFaultCommand command) {
        return changes.apply(command.connector(), (cp, connector) -> {
            Instant now = changes.now();
            connector.injectFault(command.fault(), now);
            cp.faultsInjected++;
            if (connector.id().isChargePoint() && command.fault().errorCode().makesFaulted()) {
                cp.chargePoint().connectors().forEach(each -> each.injectFault(command.fault(), now));
            }
        });
    }
}
