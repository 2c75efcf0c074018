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
import java.util.Comparator;
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

    /**
     * One problem: the schema keyword that failed, where (a JSON pointer) and what.
     * {@code beyondTheSchema} marks a field the official schema allows but strict Central Systems
     * refuse: one it does not define, in a nested object.
     */
    public record Violation(String keyword, String path, String message, boolean beyondTheSchema) {

        /** The CALLERROR code for this problem. */
        public ErrorCode errorCode() {
            return switch (keyword) {
                case "additionalProperties" -> ErrorCode.FormationViolation;
                case "type" -> ErrorCode.TypeConstraintViolation;
                case "required" -> ErrorCode.OccurenceConstraintViolation;
                default -> ErrorCode.PropertyConstraintViolation;
            };
        }

        @Override
        public String toString() {
            return message;
        }
    }

    /** Most severe first: the wrong structure, a wrong type, a missing field, a wrong value. */
    private static final List<ErrorCode> SEVERITY = List.of(ErrorCode.FormationViolation,
            ErrorCode.TypeConstraintViolation, ErrorCode.OccurenceConstraintViolation,
            ErrorCode.PropertyConstraintViolation);

    private record Loaded(JsonSchema schema, JsonNode tree) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER).build();
    private final Map<String, Loaded> schemas = new ConcurrentHashMap<>();

    /** The problems of {@code payload} as the given side of {@code action}, most severe first; empty when valid. */
    public List<Violation> validate(String action, Kind kind, JsonNode payload) {
        Loaded loaded = schemas.computeIfAbsent(kind.folder + "/" + action, this::load);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : loaded.schema().validate(payload)) {
            violations.add(new Violation(m.getType(), String.valueOf(m.getInstanceLocation()), m.getMessage(), false));
        }
        undefinedFields(loaded.tree(), payload, "", violations);
        violations.sort(Comparator.comparingInt(v -> SEVERITY.indexOf(v.errorCode())));
        return violations;
    }

    /** The CALLERROR code that answers a payload with these problems: that of the most severe. */
    public static ErrorCode errorCodeFor(List<Violation> violations) {
        return violations.stream().map(Violation::errorCode).min(Comparator.comparingInt(SEVERITY::indexOf))
                .orElseThrow(() -> new IllegalArgumentException("no violations"));
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

    /**
     * Reports the fields that their object's schema does not define, where the schema does not
     * already forbid them (a schema with {@code "additionalProperties": false} is checked by the
     * validator).
     */
    private static void undefinedFields(JsonNode schema, JsonNode value, String path, List<Violation> out) {
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            if (!properties.isObject()) {
                return;
            }
            boolean validatorReports = schema.path("additionalProperties").isBoolean()
                    && !schema.path("additionalProperties").booleanValue();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode fieldSchema = properties.get(field.getKey());
                if (fieldSchema != null) {
                    undefinedFields(fieldSchema, field.getValue(), path + "/" + escape(field.getKey()), out);
                } else if (!validatorReports) {
                    String where = path.isEmpty() ? "/" : path;
                    out.add(new Violation("additionalProperties", where,
                            where + ": property '" + field.getKey() + "' is not defined in the schema", true));
                }
            }
        } else if (value.isArray()) {
            JsonNode items = schema.path("items");
            for (int i = 0; i < value.size(); i++) {
                undefinedFields(items, value.get(i), path + "/" + i, out);
            }
        }
    }

    /** A field name as a JSON pointer token. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
