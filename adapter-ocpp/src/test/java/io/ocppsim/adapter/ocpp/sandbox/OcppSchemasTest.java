package io.ocppsim.adapter.ocpp.sandbox;

import static io.ocppsim.adapter.ocpp.sandbox.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OcppSchemasTest {

    private final OcppSchemas schemas = new OcppSchemas(TestChargePoint.MAPPER);

    @Test
    void aValidPayloadHasNoProblems() {
        assertThat(schemas.validate(OcppSchemas.Kind.REQUEST, "MeterValues", Payloads.meterValues(1))).isEmpty();
    }

    @Test
    void findsUndefinedPropertiesInNestedObjectsAndArrays() {
        var problems = schemas.validate(OcppSchemas.Kind.RESPONSE, "StartTransaction",
                json("{'transactionId':1,'idTagInfo':{'status':'Accepted','note':'hi'}}"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keyword()).isEqualTo("additionalProperties");
            assertThat(problem.location()).isEqualTo("/idTagInfo");
            assertThat(problem.message()).contains("note");
            assertThat(problem.errorCode()).isEqualTo(ErrorCode.FormationViolation);
        });
    }

    @Test
    void reportsATopLevelUndefinedPropertyOnlyOnce() {
        assertThat(schemas.validate(OcppSchemas.Kind.REQUEST, "Heartbeat", json("{'x':1}"))).hasSize(1);
    }

    @Test
    void knowsEveryOcpp16ActionAndNoOther() {
        assertThat(OcppSchemas.CHARGE_POINT_ACTIONS).hasSize(10);
        assertThat(OcppSchemas.CENTRAL_SYSTEM_ACTIONS).hasSize(19);
        OcppSchemas.CENTRAL_SYSTEM_ACTIONS.forEach(action -> {
            schemas.validate(OcppSchemas.Kind.REQUEST, action, json("{}"));
            schemas.validate(OcppSchemas.Kind.RESPONSE, action, json("{}"));
        });
        assertThatThrownBy(() -> schemas.validate(OcppSchemas.Kind.REQUEST, "Teleport", json("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
