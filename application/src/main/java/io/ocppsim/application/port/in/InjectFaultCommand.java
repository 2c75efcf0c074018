package io.ocppsim.application.port.in;

import io.ocppsim.domain.fault.Fault;
import java.util.Objects;

/** Make {@code fault} active on a connector (connector 0: the charge point as a whole). */
public record InjectFaultCommand(ConnectorRef connector, Fault fault) {

    public InjectFaultCommand {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(fault, "fault");
    }
}
