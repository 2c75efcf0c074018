package io.ocppsim.application.port.in;

/** Faults clear; once none is left the connector reports the status beneath them again. */
public interface ClearFaultUseCase {

    ConnectorView clearFault(ClearFaultCommand command);
}
