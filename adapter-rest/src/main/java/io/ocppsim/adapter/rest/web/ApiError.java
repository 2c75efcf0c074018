package io.ocppsim.adapter.rest.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What went wrong, as a failed answer carries it.
 *
 * @param code a stable, machine-readable code in upper snake case, such as {@code BAD_REQUEST}
 * @param message a sentence for humans
 * @param details the particulars as plain values, in a stable order; empty when there are none
 */
public record ApiError(String code, String message, Map<String, Object> details) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public ApiError(String code, String message) {
        this(code, message, Map.of());
    }
}
