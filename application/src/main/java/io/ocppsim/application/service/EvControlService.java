package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.EvControlUseCase;

/** The EV pauses or resumes drawing energy on its own (SuspendedEV and back). */
final class EvControlService implements EvControlUseCase {

    private final ConnectorChanges changes;

    EvControlService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView suspendByEv(ConnectorRef connector) {
        return changes.apply(connector, (cp, c) -> c.suspendByEv(changes.now()));
    }

    @Override
    public ConnectorView resumeByEv(ConnectorRef connector) {
        return changes.apply(connector, (cp, c) -> c.resumeByEv(changes.now()));
    }
}
