package io.ocppsim.adapter.ocpp.sandbox;

/**
 * An awaited condition on the sandbox did not hold in time. The message names what was awaited
 * and dumps the most recent frames, the violations and the connected charge points.
 */
public final class AwaitTimeoutError extends AssertionError {

    private static final long serialVersionUID = 1L;

    AwaitTimeoutError(String message) {
        super(message);
    }
}
