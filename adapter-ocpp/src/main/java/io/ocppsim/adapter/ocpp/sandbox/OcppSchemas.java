package io.ocppsim.adapter.ocpp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official OCPP 1.6 JSON schemas, validated the way a strict Central System does: the schema
 * itself with formats asserted, plus no property anywhere that the schema does not define (the
 * official files forbid extra properties only at the top level).
 */
final class OcppSchemas {

    /** The actions a charge point initiates. */
    static final Set<String> CHARGE_POINT_ACTIONS = Set.of(
            "Authorize", "BootNotification", "DataTransfer", "DiagnosticsStatusNotification",
            "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StartTransaction",
            "StatusNotification", "StopTransaction");

    /** The actions a Central System initiates. */
    static final Set<String> CENTRAL_SYSTEM_ACTIONS = Set.of(
            "CancelReservation", "ChangeAvailability", "ChangeConfiguration", "ClearCache",
            "ClearChargingProfile", "DataTransfer", "GetCompositeSchedule", "GetConfiguration",
            "GetDiagnostics", "GetLocalListVersion", "RemoteStartTransaction", "RemoteStopTransaction",
            "ReserveNow", "Reset", "SendLocalList", "SetChargingProfile", "TriggerMessage",
            "UnlockConnector", "UpdateFirmware");

    /** Which of an action's two schemas. */
    enum Kind {
        REQUEST("request"), RESPONSE("response");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private record Loaded(JsonNode tree, JsonSchema schema) {
    }

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    private final ObjectMapper mapper;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    OcppSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static boolean isKnown(String action) {
        return action != null && (CHARGE_POINT_ACTIONS.contains(action) || CENTRAL_SYSTEM_ACTIONS.contains(action));
    }

    /** Every problem of {@code payload} as the {@code kind} of {@code action}; empty when valid. */
    List<SchemaProblem> validate(Kind kind, String action, JsonNode payload) {
        if (!isKnown(action)) {
            throw new IllegalArgumentException("OCPP 1.6 has no action " + action);
        }
        Loaded loaded = cache.computeIfAbsent(kind.folder + "/" + action, this::load);
        List<SchemaProblem> problems = new ArrayList<>();
        loaded.schema().validate(payload).forEach(message -> problems.add(new SchemaProblem(
                message.getType(), message.getInstanceLocation().toString(), message.getMessage())));
        undefinedProperties(loaded.tree(), payload, "", problems);
        problems.sort(SchemaProblem.BY_SEVERITY);
        return problems;
    }

    /**
     * Reports properties the schema does not define, where the schema itself does not already
     * forbid them ({@code "additionalProperties": false} is reported by the validator).
     */
    private static void undefinedProperties(JsonNode schema, JsonNode instance, String pointer,
                                            List<SchemaProblem> problems) {
        JsonNode properties = schema.get("properties");
        if (properties != null && instance.isObject()) {
            boolean validatorReports = schema.path("additionalProperties").isBoolean()
                    && !schema.path("additionalProperties").booleanValue();
            for (Map.Entry<String, JsonNode> field : instance.properties()) {
                String child = pointer + "/" + escape(field.getKey());
                JsonNode childSchema = properties.get(field.getKey());
                if (childSchema != null) {
                    undefinedProperties(childSchema, field.getValue(), child, problems);
                } else if (!validatorReports) {
                    problems.add(new SchemaProblem("additionalProperties", pointer,
                            "property '" + field.getKey() + "' is not defined in the schema"));
                }
            }
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isObject() && instance.isArray()) {
            for (int i = 0; i < instance.size(); i++) {
                undefinedProperties(items, instance.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private Loaded load(String path) {
        String resource = "/ocpp16-schemas/" + path + ".json";
        try (InputStream in = OcppSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema on the class path: " + resource);
            }
            JsonNode tree = mapper.readTree(in);
            return new Loaded(tree, factory.getSchema(tree, config));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
