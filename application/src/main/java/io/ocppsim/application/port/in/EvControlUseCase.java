package io.ocppsim.application.port.in;

/**
 * The EV pauses and resumes charging on its own, as a car does when its battery management asks
 * for it: SuspendedEV during a transaction, and Charging again.
 */
public interface EvControlUseCase {

    /** The EV stops drawing energy; refused without a transaction or when already suspended. */
    ConnectorView suspendByEv(ConnectorRef connector);

    /** The EV draws energy again; refused without a transaction or when it was not suspended. */
    ConnectorView resumeByEv(ConnectorRef connector);
}
