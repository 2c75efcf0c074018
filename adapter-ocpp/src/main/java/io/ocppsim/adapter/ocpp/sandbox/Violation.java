package io.ocppsim.adapter.ocpp.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a charge point sent that a strict Central System would reject or flag.
 *
 * @param at            when it was found
 * @param chargePointId the charge point that sent it
 * @param kind          what sort of problem it is
 * @param errorCode     the CALLERROR code a strict Central System answers this with; {@code null}
 *                      for problems that are not about the form of one frame
 * @param action        the action concerned, {@code null} when unknown
 * @param uniqueId      the uniqueId of the frame, {@code null} when unreadable
 * @param detail        a human-readable explanation (for schema problems: pointer, keyword, message)
 * @param frame         the offending frame's text
 */
public record Violation(Instant at, String chargePointId, Kind kind, ErrorCode errorCode, String action,
                        String uniqueId, String detail, String frame) {

    public Violation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(frame, "frame");
    }

    /** The sorts of problems the sandbox detects. */
    public enum Kind {
        /** Not JSON, not an OCPP-J array, wrong element count or types, uniqueId too long. */
        MALFORMED_FRAME,
        /** A CALL of an action OCPP 1.6 does not define, or one only a Central System sends. */
        UNKNOWN_ACTION,
        /** A payload that breaks the official schema or carries a property it does not define. */
        SCHEMA,
        /** A CALLRESULT or CALLERROR that answers no open CALL of the Central System. */
        UNEXPECTED_RESPONSE,
        /** A request sent before the charge point was accepted (and not requested by TriggerMessage). */
        SEQUENCE,
        /** A transactionId the Central System never issued, a second stop, a meter going backwards. */
        TRANSACTION,
        /** A status move the OCPP table does not allow, or a status that does not fit the transactions. */
        STATUS
    }

    @Override
    public String toString() {
        return at + " " + chargePointId + " " + kind + (errorCode == null ? "" : " " + errorCode)
                + (action == null ? "" : " " + action) + ": " + detail + " in " + frame;
    }
}
