package io.ocppsim.adapter.ocpp.codec;

/** The CALLERROR codes of OCPP-J 1.6, spelled as on the wire (OccurenceConstraintViolation sic). */
public enum ErrorCode {
    /** The action is not known. */
    NotImplemented,
    /** The action is known but not supported. */
    NotSupported,
    InternalError,
    /** The payload is incomplete. */
    ProtocolError,
    SecurityError,
    /** The payload is syntactically wrong. */
    FormationViolation,
    /** A field's value is out of range or format. */
    PropertyConstraintViolation,
    /** A required field is missing, or a field appears too often. */
    OccurenceConstraintViolation,
    /** A field has the wrong type. */
    TypeConstraintViolation,
    GenericError
}
