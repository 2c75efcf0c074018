package io.ocppsim.adapter.ocpp.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An OCPP-J frame: a CALL, its CALLRESULT or a CALLERROR. Parsed once by {@link FrameCodec}; the
 * payload stays a JSON tree until the action it belongs to is known.
 */
public sealed interface OcppFrame permits OcppFrame.Call, OcppFrame.CallResult, OcppFrame.CallError {

    /** Message type ids on the wire. */
    int CALL = 2;
    int CALL_RESULT = 3;
    int CALL_ERROR = 4;

    /** At most 36 characters, unique per sender while the call is open. */
    String uniqueId();

    /** {@code [2, uniqueId, action, payload]}; {@code action} is the name as sent. */
    record Call(String uniqueId, String action, ObjectNode payload) implements OcppFrame {
        public Call {
            Objects.requireNonNull(uniqueId, "uniqueId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** {@code [3, uniqueId, payload]}. */
    record CallResult(String uniqueId, ObjectNode payload) implements OcppFrame {
        public CallResult {
            Objects.requireNonNull(uniqueId, "uniqueId");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** {@code [4, uniqueId, errorCode, errorDescription, errorDetails]}. */
    record CallError(String uniqueId, String errorCode, String errorDescription, JsonNode errorDetails)
            implements OcppFrame {
        public CallError {
            Objects.requireNonNull(uniqueId, "uniqueId");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(errorDescription, "errorDescription");
            Objects.requireNonNull(errorDetails, "errorDetails");
        }

        public CallError(String uniqueId, ErrorCode errorCode, String errorDescription, JsonNode errorDetails) {
            this(uniqueId, errorCode.name(), errorDescription, errorDetails);
        }
    }
}
