package io.ocppsim.adapter.ocpp.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates OCPP 1.6 payloads against the official JSON schemas (draft-04, on the class path under
 * {@code /ocpp16-schemas/}), and, as strict Central Systems do, also refuses fields the schema does
 * not define in nested objects, which the official schemas leave open. Schemas are loaded once, on
 * first use. Thread-safe.
 */
public final class OcppSchemas {

    /** Which side of an action. */
    public enum Kind {
        REQUEST("request"), RESPONSE("response");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    /** One problem: the schema keyword that failed, where (a JSON pointer) and what. */
    public record Violation(String keyword, String path, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private record Loaded(JsonSchema schema, JsonNode tree) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER).build();
    private final Map<String, Loaded> schemas = new ConcurrentHashMap<>();

    /** The problems of {@code payload} as the given side of {@code action}; empty when valid. */
    public List<Violation> validate(String action, Kind kind, JsonNode payload) {
        Loaded loaded = schemas.computeIfAbsent(kind.folder + "/" + action, this::load);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : loaded.schema().validate(payload)) {
            violations.add(new Violation(m.getType(), String.valueOf(m.getInstanceLocation()), m.getMessage()));
        }
        if (violations.isEmpty()) {
            undefinedFields(loaded.tree(), payload, "", violations);
        }
        return violations;
    }

    /** Whether a schema exists for the action (its name spelled as on the wire). */
    public boolean knows(String action) {
        return Action.byWireName(action).isPresent();
    }

    /** The CALLERROR code that answers a payload with these problems. */
    public static ErrorCode errorCodeFor(List<Violation> violations) {
        for (Violation v : violations) {
            switch (v.keyword()) {
                case "required":
                    return ErrorCode.OccurenceConstraintViolation;
                case "type":
                    return ErrorCode.TypeConstraintViolation;
                default:
                    break;
            }
        }
        return violations.stream().anyMatch(v -> v.keyword().equals("additionalProperties"))
                && violations.stream().allMatch(v -> v.keyword().equals("additionalProperties"))
                        ? ErrorCode.FormationViolation
                        : ErrorCode.PropertyConstraintViolation;
    }

    private Loaded load(String name) {
        String resource = "/ocpp16-schemas/" + name + ".json";
        try (InputStream in = OcppSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no OCPP 1.6 schema " + resource);
            }
            JsonNode tree = mapper.readTree(in);
            return new Loaded(factory.getSchema(tree, config), tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reports fields of nested objects that their schema does not define. */
    private static void undefinedFields(JsonNode schema, JsonNode value, String path, List<Violation> out) {
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            if (!properties.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String fieldPath = path + "/" + field.getKey();
                JsonNode fieldSchema = properties.get(field.getKey());
                if (fieldSchema == null) {
                    out.add(new Violation("additionalProperties", path.isEmpty() ? "/" : path,
                            (path.isEmpty() ? "/" : path) + ": property '" + field.getKey()
                                    + "' is not defined in the schema"));
                } else {
                    undefinedFields(fieldSchema, field.getValue(), fieldPath, out);
                }
            }
        } else if (value.isArray()) {
            JsonNode items = schema.path("items");
            for (int i = 0; i < value.size(); i++) {
                undefinedFields(items, value.get(i), path + "/" + i, out);
            }
        }
    }
}
