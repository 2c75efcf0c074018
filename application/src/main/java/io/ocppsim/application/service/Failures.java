package io.ocppsim.application.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for the failures that futures hand over. */
final class Failures {

    private Failures() {
    }

    /** The failure itself, without the wrappers futures add around it. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A short description of the failure. */
    static String describe(Throwable error) {
        Throwable t = unwrap(error);
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
