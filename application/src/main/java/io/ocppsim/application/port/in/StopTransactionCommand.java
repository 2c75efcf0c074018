package io.ocppsim.application.port.in;

import io.ocppsim.domain.transaction.StopReason;
import java.util.Objects;

/** Stop the transaction running on a connector, for {@code reason}. */
public record StopTransactionCommand(ConnectorRef connector, StopReason reason) {

    public StopTransactionCommand {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(reason, "reason");
    }

    /** A stop by the user at the charge point: reason Local. */
    public static StopTransactionCommand local(ConnectorRef connector) {
        return new StopTransactionCommand(connector, StopReason.Local);
    }
}
