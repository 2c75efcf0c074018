package io.ocppsim.adapter.ocpp.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The OCPP-J 1.6 CALLERROR codes, spelled as on the wire (including the spec's "Occurence"). */
public enum ErrorCode {
    NotImplemented,
    NotSupported,
    InternalError,
    ProtocolError,
    SecurityError,
    FormationViolation,
    PropertyConstraintViolation,
    OccurenceConstraintViolation,
    TypeConstraintViolation,
    GenericError;

    /** The code spelled {@code wire}, if OCPP 1.6 defines one. */
    public static Optional<ErrorCode> fromWire(String wire) {
        return Arrays.stream(values()).filter(code -> code.name().equals(wire)).findFirst();
    }
}
