package io.ocppsim.adapter.ocpp.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Reads and writes OCPP-J frames. Reading checks the frame's shape (a JSON array with the message
 * type id, a string uniqueId of at most 36 characters and the elements its type needs) and reports
 * a malformed frame with the CALLERROR code to answer it with, and its uniqueId when readable.
 */
public final class FrameCodec {

    public static final int MAX_UNIQUE_ID_LENGTH = 36;

    private final ObjectMapper mapper;

    public FrameCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public OcppFrame parse(String text) throws MalformedFrameException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedFrameException(null, false, ErrorCode.FormationViolation,
                    "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MalformedFrameException(null, false, ErrorCode.FormationViolation, "not a JSON array");
        }
        ArrayNode array = (ArrayNode) root;
        String uniqueId = array.size() > 1 && array.get(1).isTextual() ? array.get(1).asText() : null;
        JsonNode type = array.size() > 0 ? array.get(0) : null;
        if (type == null || !type.isIntegralNumber()) {
            throw new MalformedFrameException(uniqueId, true, ErrorCode.FormationViolation,
                    "the first element must be the message type id 2, 3 or 4");
        }
        int messageType = type.asInt();
        boolean call = messageType != OcppFrame.CALL_RESULT && messageType != OcppFrame.CALL_ERROR;
        if (uniqueId == null) {
            throw new MalformedFrameException(null, call, ErrorCode.FormationViolation,
                    "the second element must be the uniqueId, a string");
        }
        if (uniqueId.length() > MAX_UNIQUE_ID_LENGTH) {
            throw new MalformedFrameException(uniqueId, call, ErrorCode.FormationViolation,
                    "the uniqueId is longer than " + MAX_UNIQUE_ID_LENGTH + " characters");
        }
        return switch (messageType) {
            case OcppFrame.CALL -> call(array, uniqueId);
            case OcppFrame.CALL_RESULT -> callResult(array, uniqueId);
            case OcppFrame.CALL_ERROR -> callError(array, uniqueId);
            default -> throw new MalformedFrameException(uniqueId, true, ErrorCode.FormationViolation,
                    "unknown message type id " + messageType);
        };
    }

    private static OcppFrame.Call call(ArrayNode array, String uniqueId) throws MalformedFrameException {
        if (array.size() < 4) {
            throw new MalformedFrameException(uniqueId, true, ErrorCode.ProtocolError,
                    "a CALL has 4 elements, this one " + array.size());
        }
        if (array.size() > 4) {
            throw new MalformedFrameException(uniqueId, true, ErrorCode.FormationViolation,
                    "a CALL has 4 elements, this one " + array.size());
        }
        if (!array.get(2).isTextual()) {
            throw new MalformedFrameException(uniqueId, true, ErrorCode.FormationViolation,
                    "the action must be a string");
        }
        if (!array.get(3).isObject()) {
            throw new MalformedFrameException(uniqueId, true, ErrorCode.FormationViolation,
                    "the payload must be a JSON object");
        }
        return new OcppFrame.Call(uniqueId, array.get(2).asText(), (ObjectNode) array.get(3));
    }

    private static OcppFrame.CallResult callResult(ArrayNode array, String uniqueId) throws MalformedFrameException {
        if (array.size() != 3 || !array.get(2).isObject()) {
            throw new MalformedFrameException(uniqueId, false, ErrorCode.FormationViolation,
                    "a CALLRESULT is [3, uniqueId, {payload}]");
        }
        return new OcppFrame.CallResult(uniqueId, (ObjectNode) array.get(2));
    }

    private OcppFrame.CallError callError(ArrayNode array, String uniqueId) throws MalformedFrameException {
        if (array.size() < 4 || array.size() > 5 || !array.get(2).isTextual() || !array.get(3).isTextual()
                || array.size() == 5 && !array.get(4).isObject()) {
            throw new MalformedFrameException(uniqueId, false, ErrorCode.FormationViolation,
                    "a CALLERROR is [4, uniqueId, errorCode, errorDescription, {errorDetails}]");
        }
        JsonNode details = array.size() == 5 ? array.get(4) : mapper.createObjectNode();
        return new OcppFrame.CallError(uniqueId, array.get(2).asText(), array.get(3).asText(), details);
    }

    public String encode(OcppFrame frame) {
        ArrayNode array = mapper.createArrayNode();
        switch (frame) {
            case OcppFrame.Call call -> array.add(OcppFrame.CALL).add(call.uniqueId()).add(call.action())
                    .add(call.payload());
            case OcppFrame.CallResult result -> array.add(OcppFrame.CALL_RESULT).add(result.uniqueId())
                    .add(result.payload());
            case OcppFrame.CallError error -> array.add(OcppFrame.CALL_ERROR).add(error.uniqueId())
                    .add(error.errorCode()).add(error.errorDescription()).add(error.errorDetails());
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload record as a JSON object. */
    public ObjectNode toPayload(Object payload) {
        return mapper.valueToTree(payload);
    }

    /** A JSON object as a payload record. */
    public <T> T fromPayload(JsonNode payload, Class<T> type) throws JsonProcessingException {
        return mapper.treeToValue(payload, type);
    }
}
