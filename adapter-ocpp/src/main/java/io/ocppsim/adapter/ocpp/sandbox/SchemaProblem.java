package io.ocppsim.adapter.ocpp.sandbox;

import java.util.Comparator;

/**
 * One way a payload breaks its OCPP 1.6 schema.
 *
 * @param keyword  the JSON-schema keyword that failed: {@code required}, {@code type}, {@code maxLength},
 *                 {@code enum}, {@code format}, {@code additionalProperties} …
 * @param location JSON pointer into the payload ({@code ""} for the payload itself)
 * @param message  the validator's explanation
 */
record SchemaProblem(String keyword, String location, String message) {

    /**
     * Most severe first (the wrong structure, a wrong type, a missing field, a wrong value): a
     * frame with several problems is answered with the code of the first.
     */
    static final Comparator<SchemaProblem> BY_SEVERITY = Comparator.comparingInt(SchemaProblem::severity);

    /**
     * The CALLERROR code for this problem. A property the PDU does not define is a
     * {@link ErrorCode#FormationViolation} ("not conform the PDU structure"), not a
     * PropertyConstraintViolation, which is about a defined field's value.
     */
    ErrorCode errorCode() {
        return switch (keyword) {
            case "additionalProperties" -> ErrorCode.FormationViolation;
            case "type" -> ErrorCode.TypeConstraintViolation;
            case "required" -> ErrorCode.OccurenceConstraintViolation;
            default -> ErrorCode.PropertyConstraintViolation;
        };
    }

    private int severity() {
        return switch (errorCode()) {
            case FormationViolation -> 0;
            case TypeConstraintViolation -> 1;
            case OccurenceConstraintViolation -> 2;
            default -> 3;
        };
    }

    String describe() {
        return (location.isEmpty() ? "payload" : location) + ": " + keyword + ": " + message;
    }
}
