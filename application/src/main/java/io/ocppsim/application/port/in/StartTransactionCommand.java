package io.ocppsim.application.port.in;

import io.ocppsim.domain.transaction.IdTag;
import java.util.Objects;

/** Present {@code idTag} at a connector to start charging there. */
public record StartTransactionCommand(ConnectorRef connector, IdTag idTag) {

    public StartTransactionCommand {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(idTag, "idTag");
    }
}
