package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.PlugOutUseCase;
import io.ocppsim.domain.configuration.ConfigurationKey;

/** Pulls the cable out, stopping a running transaction as StopTransactionOnEVSideDisconnect says. */
public final class PlugOutService implements PlugOutUseCase {

    private final ConnectorChanges changes;

    PlugOutService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView plugOut(ConnectorRef ref) {
        return changes.apply(ref, (cp, connector) ->
                connector.plugOut(changes.now(), cp.configuration().flag(ConfigurationKey.StopTransactionOnEVSideDisconnect)));
    }
}
