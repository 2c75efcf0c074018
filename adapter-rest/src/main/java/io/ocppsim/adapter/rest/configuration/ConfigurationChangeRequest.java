package io.ocppsim.adapter.rest.configuration;

/**
 * The body of {@code PUT /configuration/{key}}: {@code {"value": "600"}}. The value is always a
 * JSON string, as in ChangeConfiguration; it may be empty (an empty measurand list, say).
 */
public record ConfigurationChangeRequest(String value) {
}
