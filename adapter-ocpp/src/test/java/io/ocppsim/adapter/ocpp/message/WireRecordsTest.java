package io.ocppsim.adapter.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.OcppJson;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas.Kind;
import io.ocppsim.adapter.ocpp.codec.OcppSchemas;
import io.ocppsim.adapter.ocpp.message.core.Location;
import io.ocppsim.adapter.ocpp.message.core.Measurand;
import io.ocppsim.adapter.ocpp.message.core.Phase;
import io.ocppsim.adapter.ocpp.message.core.ReadingContext;
import io.ocppsim.adapter.ocpp.message.core.SampledValue;
import io.ocppsim.adapter.ocpp.message.core.UnitOfMeasure;
import io.ocppsim.adapter.ocpp.message.core.ValueFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The payload records against the official OCPP 1.6 schemas: the samples of every action are
 * valid, complete (full) or bare (minimal), and survive a round trip through {@link OcppJson}; the
 * records have exactly the schemas' fields, with fitting types; every wire enum has exactly the
 * values its schema property allows.
 */
class WireRecordsTest {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String MESSAGE_PACKAGE = "io.ocppsim.adapter.ocpp.message";

    /**
     * {@link SampledValue} keeps its enumerated fields as strings (its shape is fixed); these are
     * the enums that spell their values.
     */
    private static final Map<String, Class<? extends Enum<?>>> SAMPLED_VALUE_ENUMS = Map.of(
            "context", ReadingContext.class, "format", ValueFormat.class, "measurand", Measurand.class,
            "phase", Phase.class, "location", Location.class, "unit", UnitOfMeasure.class);

    /** Schema keywords whose value is an object but not a property's schema. */
    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "items", "additionalProperties",
            "definitions");

    private final OcppSchemas schemas = new OcppSchemas();

    @ParameterizedTest
    @EnumSource(Action.class)
    void fullSamplesAreValidCompleteAndSurviveARoundTrip(Action action) throws Exception {
        var sample = SamplePayloads.full(action);
        checkSample(action, Kind.REQUEST, sample.request(), true);
        checkSample(action, Kind.RESPONSE, sample.confirmation(), true);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void minimalSamplesAreValidBareAndSurviveARoundTrip(Action action) throws Exception {
        var sample = SamplePayloads.minimal(action);
        checkSample(action, Kind.REQUEST, sample.request(), false);
        checkSample(action, Kind.RESPONSE, sample.confirmation(), false);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void recordsHaveExactlyTheSchemasFieldsWithFittingTypes(Action action) {
        for (Kind kind : Kind.values()) {
            Walk walk = new Walk();
            walk.check(type(action, kind), schema(action, kind), action.wireName() + "." + kind);
            assertThat(walk.problems).as("%s %s", action.wireName(), kind).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyWireEnumHasExactlyTheValuesOfItsSchemaProperty(Action action) {
        for (Kind kind : Kind.values()) {
            Walk walk = new Walk();
            walk.check(type(action, kind), schema(action, kind), action.wireName() + "." + kind);
            for (EnumUse use : walk.enumUses) {
                assertThat(wireValues(use.type())).as("%s (%s)", use.where(), use.type().getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(use.schemaValues());
            }
        }
    }

    @Test
    void everyEnumAndRecordOfTheMessagePackagesIsCheckedAgainstASchema() {
        Walk walk = new Walk();
        for (Action action : Action.values()) {
            for (Kind kind : Kind.values()) {
                walk.check(type(action, kind), schema(action, kind), action.wireName() + "." + kind);
            }
        }
        Set<Class<?>> reached = new HashSet<>(walk.records);
        walk.enumUses.forEach(use -> reached.add(use.type()));
        List<Class<?>> declared = mainClassesOfTheMessagePackages().stream()
                .filter(c -> c.isEnum() || c.isRecord()).toList();
        assertThat(declared).hasSizeGreaterThan(80);
        assertThat(declared).allSatisfy(c -> assertThat(reached).as("checked against a schema").contains(c));
    }

    @Test
    void actionsNameTheirRecordsAfterTheSpecificationInTheirProfilesPackage() {
        Map<Action.Profile, String> packages = Map.of(Action.Profile.Core, "core",
                Action.Profile.FirmwareManagement, "firmware", Action.Profile.LocalAuthListManagement, "localauth",
                Action.Profile.Reservation, "reservation", Action.Profile.SmartCharging, "smartcharging",
                Action.Profile.RemoteTrigger, "remotetrigger");
        for (Action action : Action.values()) {
            String prefix = MESSAGE_PACKAGE + "." + packages.get(action.profile()) + "." + action.wireName();
            assertThat(action.requestType().getName()).isEqualTo(prefix + "Request");
            assertThat(action.confirmationType().getName()).isEqualTo(prefix + "Confirmation");
            assertThat(action.requestType().isRecord()).isTrue();
            assertThat(action.confirmationType().isRecord()).isTrue();
        }
    }

    @Test
    void enumValuesThatAreNoJavaNamesAreWrittenAndReadInTheSchemasSpelling() throws Exception {
        assertThat(SamplePayloads.wire(Measurand.Energy_Active_Import_Register))
                .isEqualTo("Energy.Active.Import.Register");
        assertThat(SamplePayloads.wire(ReadingContext.Sample_Periodic)).isEqualTo("Sample.Periodic");
        assertThat(SamplePayloads.wire(Phase.L1_N)).isEqualTo("L1-N");
        assertThat(SamplePayloads.wire(UnitOfMeasure.Celsius)).isEqualTo("Celcius");
        assertThat(MAPPER.readValue("\"L3-L1\"", Phase.class)).isEqualTo(Phase.L3_L1);
        assertThat(MAPPER.readValue("\"Transaction.End\"", ReadingContext.class))
                .isEqualTo(ReadingContext.Transaction_End);
    }

    /**
     * The official SendLocalList schema declares idTagInfo's {@code expiryDate} and
     * {@code parentIdTag} beside its {@code properties} instead of in them; the project's copy
     * has them where they belong, so they are checked (and not refused as undefined).
     */
    @Test
    void sendLocalListChecksExpiryDateAndParentIdTagOfIdTagInfo() throws Exception {
        JsonNode payload = MAPPER.readTree(MAPPER.writeValueAsString(SamplePayloads.fullSendLocalList().request()));
        assertThat(schemas.validate("SendLocalList", Kind.REQUEST, payload)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload.path("localAuthorizationList").path(0)
                .path("idTagInfo")).put("parentIdTag", "P".repeat(21));
        assertThat(schemas.validate("SendLocalList", Kind.REQUEST, payload))
                .singleElement().satisfies(v -> assertThat(v.beyondTheSchema()).isFalse());
    }

    // ---- samples

    private void checkSample(Action action, Kind kind, Object sample, boolean full) throws Exception {
        assertThat(sample).isInstanceOf(type(action, kind));
        String json = MAPPER.writeValueAsString(sample);
        JsonNode tree = MAPPER.readTree(json);
        String what = action.wireName() + " " + kind + " " + json;

        assertThat(schemas.validate(action.wireName(), kind, tree)).as(what).isEmpty();
        JsonNode schema = schema(action, kind);
        if (full) {
            List<String> missing = new ArrayList<>();
            missingFields(schema, List.of(tree), "", missing);
            assertThat(missing).as("fields the full sample leaves out: %s", what).isEmpty();
        } else {
            List<String> optional = new ArrayList<>();
            optionalFields(schema, tree, "", optional);
            assertThat(optional).as("optional fields in the minimal sample: %s", what).isEmpty();
        }
        assertThat(MAPPER.readValue(json, sample.getClass())).as(what).isEqualTo(sample);
    }

    /** The fields the schema defines that none of the instances has, at any depth. */
    private static void missingFields(JsonNode schema, List<JsonNode> instances, String path, List<String> out) {
        if ("array".equals(schema.path("type").asText())) {
            List<JsonNode> elements = instances.stream()
                    .flatMap(array -> StreamSupport.stream(array.spliterator(), false)).toList();
            if (elements.isEmpty()) {
                out.add(path + "/[]");
            } else {
                missingFields(schema.path("items"), elements, path + "/[]", out);
            }
        } else if ("object".equals(schema.path("type").asText())) {
            properties(schema).forEach((name, fieldSchema) -> {
                List<JsonNode> values = instances.stream().map(i -> i.get(name)).filter(v -> v != null).toList();
                if (values.isEmpty()) {
                    out.add(path + "/" + name);
                } else {
                    missingFields(fieldSchema, values, path + "/" + name, out);
                }
            });
        }
    }

    /** The fields of the instance that the schema does not require, at any depth. */
    private static void optionalFields(JsonNode schema, JsonNode instance, String path, List<String> out) {
        if (instance.isArray()) {
            for (JsonNode element : instance) {
                optionalFields(schema.path("items"), element, path + "/[]", out);
            }
        } else if (instance.isObject()) {
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Map<String, JsonNode> properties = properties(schema);
            instance.properties().forEach(field -> {
                if (!required.contains(field.getKey())) {
                    out.add(path + "/" + field.getKey());
                }
                JsonNode fieldSchema = properties.get(field.getKey());
                if (fieldSchema != null) {
                    optionalFields(fieldSchema, field.getValue(), path + "/" + field.getKey(), out);
                }
            });
        }
    }

    // ---- records against schemas

    private record EnumUse(Class<?> type, List<String> schemaValues, String where) {
    }

    /** Walks a record type and its schema side by side, collecting mismatches and the enums met. */
    private static final class Walk {
        final List<String> problems = new ArrayList<>();
        final List<EnumUse> enumUses = new ArrayList<>();
        final Set<Class<?>> records = new HashSet<>();

        void check(Type type, JsonNode schema, String where) {
            Class<?> raw = raw(type);
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            String kind = schema.path("type").asText();
            if (!values.isEmpty()) {
                if (raw.isEnum()) {
                    enumUses.add(new EnumUse(raw, values, where));
                } else {
                    problems.add(where + ": the schema lists values, the record has " + raw.getSimpleName());
                }
                return;
            }
            switch (kind) {
                case "object" -> checkObject(raw, schema, where);
                case "array" -> {
                    if (raw == List.class && type instanceof ParameterizedType list) {
                        check(list.getActualTypeArguments()[0], schema.path("items"), where + "[]");
                    } else {
                        problems.add(where + ": an array in the schema, " + type + " in the record");
                    }
                }
                case "string" -> expect(raw, where, "date-time".equals(schema.path("format").asText())
                        ? Set.of(Instant.class) : Set.of(String.class));
                case "integer" -> expect(raw, where, Set.of(int.class, Integer.class, long.class, Long.class));
                // whole numbers where the specification means them (UpdateFirmware's retries and retryInterval)
                case "number" -> expect(raw, where, Set.of(double.class, Double.class, int.class, Integer.class));
                case "boolean" -> expect(raw, where, Set.of(boolean.class, Boolean.class));
                default -> problems.add(where + ": unexpected schema type '" + kind + "'");
            }
        }

        private void checkObject(Class<?> raw, JsonNode schema, String where) {
            if (!raw.isRecord()) {
                problems.add(where + ": an object in the schema, " + raw.getSimpleName() + " in the record");
                return;
            }
            records.add(raw);
            Map<String, JsonNode> properties = properties(schema);
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            RecordComponent[] components = raw.getRecordComponents();
            Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
            if (!names.equals(properties.keySet())) {
                problems.add(where + ": record " + raw.getSimpleName() + " has " + names + ", the schema "
                        + properties.keySet());
            }
            for (RecordComponent component : components) {
                JsonNode fieldSchema = properties.get(component.getName());
                if (fieldSchema == null) {
                    continue;
                }
                String at = where + "/" + component.getName();
                if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                    problems.add(at + ": optional, so it must be boxed, not " + component.getType());
                }
                if (raw == SampledValue.class && SAMPLED_VALUE_ENUMS.containsKey(component.getName())) {
                    expect(component.getType(), at, Set.of(String.class));
                    check(SAMPLED_VALUE_ENUMS.get(component.getName()), fieldSchema, at);
                } else {
                    check(component.getGenericType(), fieldSchema, at);
                }
            }
        }

        private void expect(Class<?> raw, String where, Set<Class<?>> allowed) {
            if (!allowed.contains(raw)) {
                problems.add(where + ": " + raw.getSimpleName() + " where the schema wants one of " + allowed);
            }
        }

        private static Class<?> raw(Type type) {
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        }
    }

    /** The properties an object schema defines. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        return properties;
    }

    private static List<String> wireValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> MAPPER.valueToTree(c).asText()).toList();
    }

    private static Class<?> type(Action action, Kind kind) {
        return kind == Kind.REQUEST ? action.requestType() : action.confirmationType();
    }

    private static JsonNode schema(Action action, Kind kind) {
        String resource = "/ocpp16-schemas/" + (kind == Kind.REQUEST ? "request" : "response") + "/"
                + action.wireName() + ".json";
        try (InputStream in = WireRecordsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return PLAIN.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes compiled from src/main under the message packages. */
    private static List<Class<?>> mainClassesOfTheMessagePackages() {
        try {
            Path root = Path.of(Action.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = root.resolve(MESSAGE_PACKAGE.replace('.', '/'));
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replace(".class", ""))
                        .map(WireRecordsTest::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
