package io.ocppsim.application.service;

import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.fault.Fault;
import java.time.Instant;
import java.util.List;
import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectorView;

/** Clears one or all faults of a connector; a fault connector 0 passed on to every connector clears there too. */
public final class ClearFaultService implements ClearFaultUseCase {

    private final ConnectorChanges changes;

    ClearFaultService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView clearFault(ClearFaultCommand command) {
        return changes.apply(command.connector(), (cp, connector) -> {
            Instant now = changes.now();
            List<Fault> cleared = connector.clearFault(command.errorCode(), now);
            if (connector.id().isChargePoint()) {
                for (Fault fault : cleared) {
                    for (Connector each : cp.chargePoint().connectors()) {
                        if (each.activeFaults().stream().anyMatch(active -> active == fault)) {
                            each.clearFault(fault.errorCode(), now);
                        }
                    }
                }
            }
        });
    }
}
