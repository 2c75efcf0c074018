package io.ocppsim.adapter.ocpp.sandbox;

import static io.ocppsim.adapter.ocpp.sandbox.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest extends SandboxTestSupport {

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("idTag of 21 characters", "StartTransaction",
                        "{'connectorId':1,'idTag':'123456789012345678901','meterStart':0,"
                                + "'timestamp':'2025-01-01T10:00:00Z'}",
                        ErrorCode.PropertyConstraintViolation, "/idTag"),
                Arguments.of("missing required field", "StartTransaction",
                        "{'connectorId':1,'idTag':'TAG','timestamp':'2025-01-01T10:00:00Z'}",
                        ErrorCode.OccurenceConstraintViolation, ""),
                Arguments.of("meterStart as 1.5", "StartTransaction",
                        "{'connectorId':1,'idTag':'TAG','meterStart':1.5,'timestamp':'2025-01-01T10:00:00Z'}",
                        ErrorCode.TypeConstraintViolation, "/meterStart"),
                Arguments.of("meterStart as 1.0", "StartTransaction",
                        "{'connectorId':1,'idTag':'TAG','meterStart':1.0,'timestamp':'2025-01-01T10:00:00Z'}",
                        ErrorCode.TypeConstraintViolation, "/meterStart"),
                Arguments.of("timestamp without zone", "StartTransaction",
                        "{'connectorId':1,'idTag':'TAG','meterStart':0,'timestamp':'2025-01-01T10:00:00'}",
                        ErrorCode.PropertyConstraintViolation, "/timestamp"),
                Arguments.of("extra top-level field", "Heartbeat", "{'now':1}",
                        ErrorCode.FormationViolation, ""),
                Arguments.of("extra field in a sampledValue", "MeterValues",
                        "{'connectorId':1,'meterValue':[{'timestamp':'2025-01-01T10:00:00Z',"
                                + "'sampledValue':[{'value':'1','unit':'Wh'},{'value':'2','signature':'x'}]}]}",
                        ErrorCode.FormationViolation, "/meterValue/0/sampledValue/1"),
                Arguments.of("unit outside its enum", "MeterValues",
                        "{'connectorId':1,'meterValue':[{'timestamp':'2025-01-01T10:00:00Z',"
                                + "'sampledValue':[{'value':'1','unit':'Celsius'}]}]}",
                        ErrorCode.PropertyConstraintViolation, "/meterValue/0/sampledValue/0/unit"),
                Arguments.of("status outside its enum", "StatusNotification",
                        "{'connectorId':1,'errorCode':'NoError','status':'Idle'}",
                        ErrorCode.PropertyConstraintViolation, "/status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void answersAnInvalidRequestWithTheRightCallErrorAndRecordsIt(String description, String action,
                                                                  String payload, ErrorCode expected,
                                                                  String location) {
        TestChargePoint chargePoint = booted("CP-1");

        ArrayNode answer = chargePoint.call(action, json(payload));

        assertThat(answer.get(0).intValue()).isEqualTo(4);
        assertThat(answer.get(2).asText()).isEqualTo(expected.name());
        assertThat(answer.get(4).path("violations").get(0).path("location").asText()).isEqualTo(location);
        assertThat(cs.violations()).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.kind()).isEqualTo(Violation.Kind.SCHEMA);
            assertThat(violation.action()).isEqualTo(action);
            assertThat(violation.chargePointId()).isEqualTo("CP-1");
        });
        Violation first = cs.violations().getFirst();
        assertThat(first.errorCode()).isEqualTo(expected);
        assertThat(first.detail()).startsWith(location.isEmpty() ? "payload:" : location + ":");
        assertThat(first.frame()).contains(action);
        assertThat(cs.transactions()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAFrameButAnswersWithTheMostSevere() {
        TestChargePoint chargePoint = booted("CP-1");

        ArrayNode answer = chargePoint.call("StartTransaction",
                json("{'connectorId':'1','idTag':'123456789012345678901','timestamp':'yesterday','x':true}"));

        assertThat(answer.get(2).asText()).isEqualTo("FormationViolation");
        assertThat(cs.violations()).extracting(Violation::errorCode).containsExactly(
                ErrorCode.FormationViolation, ErrorCode.TypeConstraintViolation,
                ErrorCode.OccurenceConstraintViolation, ErrorCode.PropertyConstraintViolation,
                ErrorCode.PropertyConstraintViolation);
    }
}
