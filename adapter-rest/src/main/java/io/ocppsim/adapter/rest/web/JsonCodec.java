package io.ocppsim.adapter.rest.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes answers and reads request bodies as JSON. Field names are snake_case, instants ISO-8601
 * strings in UTC. Reading is strict, so that typos surface: unknown fields, duplicate fields,
 * trailing content, numbers or booleans where text belongs, and text, booleans or fractions where a
 * number (or a whole number) belongs are all {@link InvalidRequestException}s.
 */
public final class JsonCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, config -> config
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Answers 200 with {@code data} in a successful envelope. */
    public void ok(ServerResponse response, Object data) {
        send(response, Status.OK_200, ApiResponse.ok(data));
    }

    /**
     * Answers with {@code status} and {@code body}. Serializes before anything is sent, so a value
     * that cannot be written fails the handler rather than a half-written response.
     */
    public void send(ServerResponse response, Status status, ApiResponse body) {
        byte[] bytes = write(body);
        response.status(status).header(HeaderValues.CONTENT_TYPE_JSON).send(bytes);
    }

    /** {@code body} as UTF-8 JSON. */
    public byte[] write(ApiResponse body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The request's JSON body as {@code type}, or empty when the request has no body (no entity, only
     * white space, or {@code null}).
     *
     * @throws InvalidRequestException when the body is not JSON, not an object, or does not fit {@code type}
     */
    public <T> Optional<T> readBody(ServerRequest request, Class<T> type) {
        if (!request.content().hasEntity()) {
            return Optional.empty();
        }
        String body = request.content().as(String.class);
        if (body.isBlank()) {
            return Optional.empty();
        }
        JsonNode tree = parse(body);
        if (tree.isNull()) {
            return Optional.empty();
        }
        if (!tree.isObject()) {
            throw new InvalidRequestException(null, "the request body must be a JSON object");
        }
        try {
            return Optional.of(mapper.treeToValue(tree, type));
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e);
        } catch (MismatchedInputException e) {
            throw wrongType(e);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(fieldPath(e), "does not fit the expected JSON object");
        }
    }

    private JsonNode parse(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            if (e.getLocation() != null) {
                details.put("line", e.getLocation().getLineNr());
                details.put("column", e.getLocation().getColumnNr());
            }
            throw new InvalidRequestException(null, "the request body is not valid JSON: " + e.getOriginalMessage(),
                    details);
        }
    }

    private static InvalidRequestException unknownField(UnrecognizedPropertyException e) {
        List<String> allowed = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return new InvalidRequestException(fieldPath(e), "is not a known field; allowed fields: "
                + String.join(", ", allowed), Map.of("allowed", allowed));
    }

    private static InvalidRequestException wrongType(MismatchedInputException e) {
        String expected = describe(e.getTargetType());
        return new InvalidRequestException(fieldPath(e), "must be " + expected, Map.of("expected", expected));
    }

    /** The dotted path of the field at fault, or null for the body as a whole. */
    private static String fieldPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return null;
        }
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }
}
