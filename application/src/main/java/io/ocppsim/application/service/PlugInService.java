package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.EvOverrides;
import io.ocppsim.application.port.in.PlugInUseCase;
import java.time.Instant;

/** Plugs a cable in; starts the transaction of an idTag that was waiting for it. */
public final class PlugInService implements PlugInUseCase {

    private final ConnectorChanges changes;

    PlugInService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView plugIn(ConnectorRef ref, EvOverrides ev) {
        return changes.apply(ref, (cp, connector) -> {
            Instant now = changes.now();
            connector.plugIn(ev.applyTo(connector.setup().defaultEv()), now);
            if (connector.isReadyToStart()) {
                connector.startTransaction(now);
            }
        });
    }
}
