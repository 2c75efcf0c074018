package io.ocppsim.adapter.rest.web;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for asynchronous use cases. Handlers run on virtual threads, so blocking here is cheap. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code stage}, once it completes. A failure is rethrown as itself, without the
     * future's wrapper, so that the error mapping sees the use case's own exception.
     *
     * @throws TimedOutException when {@code stage} has not completed within {@code timeout}
     */
    public static <T> T await(CompletionStage<T> stage, Duration timeout, String operation) {
        try {
            return stage.toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new TimedOutException(operation, timeout);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + operation, e);
        }
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
