package io.ocppsim.adapter.rest.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request itself is wrong: a parameter or body field is missing, malformed or out of range.
 * Answered with 400 {@code BAD_REQUEST}; {@link #field()} uses the API's spelling ({@code id_tag},
 * not {@code idTag}).
 */
public final class InvalidRequestException extends RuntimeException {

    private final String field;
    private final Map<String, Object> details;

    /**
     * @param field the parameter or body field at fault, or null when the request as a whole is
     * @param reason what is wrong with it, without the field's name
     * @param details more particulars, such as the allowed values
     */
    public InvalidRequestException(String field, String reason, Map<String, ?> details) {
        super(field == null ? reason : field + ": " + reason, null, false, false);
        this.field = field;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public InvalidRequestException(String field, String reason) {
        this(field, reason, Map.of());
    }

    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return details;
    }
}
