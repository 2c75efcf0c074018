package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionUseCase;

/** Stops the running transaction; StopTransaction follows through the transaction message queue. */
public final class StopTransactionService implements StopTransactionUseCase {

    private final ConnectorChanges changes;

    StopTransactionService(ConnectorChanges changes) {
        this.changes = changes;
    }

    @Override
    public ConnectorView stopTransaction(StopTransactionCommand command) {
        return changes.apply(command.connector(),
                (cp, connector) -> connector.stopTransaction(command.reason(), changes.now()));
    }
}
