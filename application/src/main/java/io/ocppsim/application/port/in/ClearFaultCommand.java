package io.ocppsim.application.port.in;

import io.ocppsim.domain.fault.ChargePointErrorCode;
import java.util.Objects;

/** Clear the fault with {@code errorCode} on a connector, or all its faults when it is null. */
public record ClearFaultCommand(ConnectorRef connector, ChargePointErrorCode errorCode) {

    public ClearFaultCommand {
        Objects.requireNonNull(connector, "connector");
    }

    public static ClearFaultCommand all(ConnectorRef connector) {
        return new ClearFaultCommand(connector, null);
    }
}
