package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An OCPP-J frame parsed once into its typed shape, or the reason it has none. */
sealed interface OcppMessage permits OcppMessage.Call, OcppMessage.CallResult, OcppMessage.CallError,
        OcppMessage.Malformed {

    int CALL = 2;
    int CALL_RESULT = 3;
    int CALL_ERROR = 4;

    /** The uniqueId, {@code null} when it cannot be read. */
    String uniqueId();

    MessageType type();

    /** {@code [2, uniqueId, action, payload]}. */
    record Call(String uniqueId, String action, ObjectNode payload) implements OcppMessage {
        @Override
        public MessageType type() {
            return MessageType.CALL;
        }
    }

    /** {@code [3, uniqueId, payload]}. */
    record CallResult(String uniqueId, ObjectNode payload) implements OcppMessage {
        @Override
        public MessageType type() {
            return MessageType.CALL_RESULT;
        }
    }

    /** {@code [4, uniqueId, errorCode, errorDescription, errorDetails]}. */
    record CallError(String uniqueId, String errorCode, String errorDescription, ObjectNode errorDetails)
            implements OcppMessage {
        @Override
        public MessageType type() {
            return MessageType.CALL_ERROR;
        }
    }

    /**
     * A frame that is no valid OCPP-J message.
     *
     * @param uniqueId   its uniqueId when readable, else {@code null}
     * @param code       the CALLERROR code for it
     * @param reason     what is wrong
     * @param answerable whether a CALLERROR is owed: the uniqueId is readable and it is not
     *                   itself a (broken) CALLRESULT or CALLERROR, which are never answered
     */
    record Malformed(String uniqueId, ErrorCode code, String reason, boolean answerable) implements OcppMessage {
        @Override
        public MessageType type() {
            return MessageType.MALFORMED;
        }
    }

    /** A frame whose text is not JSON. */
    static OcppMessage notJson(String parserMessage) {
        return new Malformed(null, ErrorCode.FormationViolation, "not JSON: " + parserMessage, false);
    }

    /** Reads a parsed frame. */
    static OcppMessage of(JsonNode tree) {
        if (!tree.isArray()) {
            return new Malformed(null, ErrorCode.FormationViolation, "not a JSON array", false);
        }
        if (tree.size() < 2) {
            return new Malformed(null, ErrorCode.ProtocolError,
                    "an array of " + tree.size() + " elements has no uniqueId", false);
        }
        JsonNode idNode = tree.get(1);
        String uniqueId = idNode.isTextual() ? idNode.asText() : null;
        JsonNode typeNode = tree.get(0);
        int typeId = typeNode.isIntegralNumber() && typeNode.canConvertToInt() ? typeNode.intValue() : -1;
        boolean isResponse = typeId == CALL_RESULT || typeId == CALL_ERROR;
        if (typeId == -1) {
            return malformed(uniqueId, ErrorCode.FormationViolation,
                    "the message type id must be an integer, not " + typeNode, isResponse);
        }
        if (typeId != CALL && !isResponse) {
            return malformed(uniqueId, ErrorCode.FormationViolation, "unknown message type id " + typeId, false);
        }
        if (uniqueId == null) {
            return malformed(null, ErrorCode.FormationViolation, "the uniqueId must be a string, not " + idNode,
                    isResponse);
        }
        return switch (typeId) {
            case CALL -> call(tree, uniqueId);
            case CALL_RESULT -> callResult(tree, uniqueId);
            default -> callError(tree, uniqueId);
        };
    }

    private static OcppMessage call(JsonNode tree, String uniqueId) {
        if (tree.size() != 4) {
            return malformed(uniqueId, ErrorCode.ProtocolError,
                    "a CALL has 4 elements, this one " + tree.size(), false);
        }
        if (!tree.get(2).isTextual()) {
            return malformed(uniqueId, ErrorCode.FormationViolation,
                    "the action must be a string, not " + tree.get(2), false);
        }
        if (!tree.get(3).isObject()) {
            return malformed(uniqueId, ErrorCode.FormationViolation,
                    "the payload must be a JSON object, not " + tree.get(3), false);
        }
        return new Call(uniqueId, tree.get(2).asText(), (ObjectNode) tree.get(3));
    }

    private static OcppMessage callResult(JsonNode tree, String uniqueId) {
        if (tree.size() != 3) {
            return malformed(uniqueId, ErrorCode.ProtocolError,
                    "a CALLRESULT has 3 elements, this one " + tree.size(), true);
        }
        if (!tree.get(2).isObject()) {
            return malformed(uniqueId, ErrorCode.FormationViolation,
                    "the payload must be a JSON object, not " + tree.get(2), true);
        }
        return new CallResult(uniqueId, (ObjectNode) tree.get(2));
    }

    private static OcppMessage callError(JsonNode tree, String uniqueId) {
        if (tree.size() != 5) {
            return malformed(uniqueId, ErrorCode.ProtocolError,
                    "a CALLERROR has 5 elements, this one " + tree.size(), true);
        }
        if (!tree.get(2).isTextual() || !tree.get(3).isTextual() || !tree.get(4).isObject()) {
            return malformed(uniqueId, ErrorCode.FormationViolation,
                    "a CALLERROR needs a string code, a string description and an object of details", true);
        }
        return new CallError(uniqueId, tree.get(2).asText(), tree.get(3).asText(), (ObjectNode) tree.get(4));
    }

    private static Malformed malformed(String uniqueId, ErrorCode code, String reason, boolean isResponse) {
        return new Malformed(uniqueId, code, reason, uniqueId != null && !isResponse);
    }
}
