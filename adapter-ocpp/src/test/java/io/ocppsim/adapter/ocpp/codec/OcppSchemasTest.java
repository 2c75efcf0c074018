package io.ocppsim.adapter.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OcppSchemasTest {

    private final OcppSchemas schemas = new OcppSchemas();
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyActionHasBothSchemas(Action action) {
        assertThat(OcppSchemas.class.getResource("/ocpp16-schemas/request/" + action.wireName() + ".json")).isNotNull();
        assertThat(OcppSchemas.class.getResource("/ocpp16-schemas/response/" + action.wireName() + ".json")).isNotNull();
    }

    @Test
    void thereAreTwentyEightActions() {
        assertThat(Action.values()).hasSize(28);
        assertThat(Arrays.stream(Action.values()).map(Action::wireName).distinct()).hasSize(28);
    }

    @Test
    void aValidPayloadHasNoViolations() throws Exception {
        assertThat(schemas.validate("StartTransaction", OcppSchemas.Kind.REQUEST, mapper.readTree(
                "{\"connectorId\":1,\"idTag\":\"user123\",\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00Z\"}")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing idTag  | {\"connectorId\":1,\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00Z\"} | required | OccurenceConstraintViolation",
        "idTag too long | {\"connectorId\":1,\"idTag\":\"123456789012345678901\",\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00Z\"} | maxLength | PropertyConstraintViolation",
        "meterStart 1.5 | {\"connectorId\":1,\"idTag\":\"a\",\"meterStart\":1.5,\"timestamp\":\"2026-01-01T00:00:00Z\"} | type | TypeConstraintViolation",
        "no time zone   | {\"connectorId\":1,\"idTag\":\"a\",\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00\"} | format | PropertyConstraintViolation",
        "extra field    | {\"connectorId\":1,\"idTag\":\"a\",\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00Z\",\"x\":1} | additionalProperties | FormationViolation",
    })
    void violationsNameTheKeywordAndMapToACallErrorCode(String name, String payload, String keyword,
            ErrorCode code) throws Exception {
        var violations = schemas.validate("StartTransaction", OcppSchemas.Kind.REQUEST, mapper.readTree(payload));
        assertThat(violations).extracting(OcppSchemas.Violation::keyword).contains(keyword);
        assertThat(OcppSchemas.errorCodeFor(violations)).isEqualTo(code);
    }

    @Test
    void fieldsTheSchemaDoesNotDefineInNestedObjectsAreViolationsToo() throws Exception {
        var violations = schemas.validate("MeterValues", OcppSchemas.Kind.REQUEST, mapper.readTree("""
                {"connectorId":1,"meterValue":[{"timestamp":"2026-01-01T00:00:00Z",
                  "sampledValue":[{"value":"10","unit":"Wh","colour":"blue"}]}]}"""));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo("additionalProperties");
            assertThat(v.path()).isEqualTo("/meterValue/0/sampledValue/0");
            assertThat(v.message()).contains("colour");
        });
    }
}
