package io.ocppsim.application.port.in;

/** A fault appears on a connector: it reports Faulted with the fault's error code. */
public interface InjectFaultUseCase {

    ConnectorView injectFault(InjectFaultCommand command);
}
