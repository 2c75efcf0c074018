package io.ocppsim.adapter.rest.web;

import java.time.Duration;

/**
 * An operation did not finish within the request timeout. It may still finish later; the answer
 * (504 {@code TIMEOUT}) only says that the API stopped waiting.
 */
public final class TimedOutException extends RuntimeException {

    private final Duration timeout;

    public TimedOutException(String operation, Duration timeout) {
        super(operation + " did not finish within " + timeout.toMillis() + " ms; it may still complete", null, false,
                false);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
