package io.ocppsim.adapter.rest.web;

import io.helidon.http.Status;
import java.util.Objects;

/**
 * A handler's own failed answer, for outcomes only the resource knows how to describe (a
 * configuration change the charge point rejected, say). {@link ErrorMapping} answers it with
 * {@link #status()} and {@link #error()} as they are.
 */
public final class ApiFailureException extends RuntimeException {

    private final Status status;
    private final ApiError error;

    /**
     * @param status the HTTP status of the answer, a 4xx or 5xx
     * @param error the code, message and details of the answer
     * @throws IllegalArgumentException when {@code status} is not an error status
     */
    public ApiFailureException(Status status, ApiError error) {
        super(Objects.requireNonNull(error, "error").message(), null, false, false);
        Objects.requireNonNull(status, "status");
        if (status.code() < 400) {
            throw new IllegalArgumentException("a failure needs a 4xx or 5xx status, was " + status.code());
        }
        this.status = status;
        this.error = error;
    }

    public Status status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
