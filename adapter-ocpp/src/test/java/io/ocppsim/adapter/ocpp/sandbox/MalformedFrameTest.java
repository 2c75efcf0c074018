package io.ocppsim.adapter.ocpp.sandbox;

import static io.ocppsim.adapter.ocpp.sandbox.Payloads.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedFrameTest extends SandboxTestSupport {

    static Stream<Arguments> answerable() {
        return Stream.of(
                Arguments.of("[5,'m1',{}]", ErrorCode.FormationViolation, Violation.Kind.MALFORMED_FRAME),
                Arguments.of("['2','m1','Heartbeat',{}]", ErrorCode.FormationViolation,
                        Violation.Kind.MALFORMED_FRAME),
                Arguments.of("[2,'m1','Heartbeat']", ErrorCode.ProtocolError, Violation.Kind.MALFORMED_FRAME),
                Arguments.of("[2,'m1','Heartbeat',{},{}]", ErrorCode.ProtocolError, Violation.Kind.MALFORMED_FRAME),
                Arguments.of("[2,'m1',7,{}]", ErrorCode.FormationViolation, Violation.Kind.MALFORMED_FRAME),
                Arguments.of("[2,'m1','Heartbeat',[]]", ErrorCode.FormationViolation, Violation.Kind.MALFORMED_FRAME),
                Arguments.of("[2,'m1','Teleport',{}]", ErrorCode.NotImplemented, Violation.Kind.UNKNOWN_ACTION),
                Arguments.of("[2,'m1','Reset',{'type':'Hard'}]", ErrorCode.NotSupported,
                        Violation.Kind.UNKNOWN_ACTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerable")
    void answersAMalformedFrameWithAReadableUniqueIdWithACallError(String frame, ErrorCode expected,
                                                                   Violation.Kind kind) {
        TestChargePoint chargePoint = booted("CP-1");

        ArrayNode answer = chargePoint.callRaw("m1", frame.replace('\'', '"'));

        assertThat(answer.get(0).intValue()).isEqualTo(4);
        assertThat(answer.get(2).asText()).isEqualTo(expected.name());
        assertThat(answer.get(3).asText()).isNotEmpty();
        assertThat(answer.get(4).isObject()).isTrue();
        assertThat(cs.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(kind);
            assertThat(violation.errorCode()).isEqualTo(expected);
            assertThat(violation.uniqueId()).isEqualTo("m1");
        });
        assertStillServing(chargePoint);
    }

    static Stream<String> unanswerable() {
        return Stream.of("not json at all", "", "{'uniqueId':'m1'}", "[]", "[2]", "[2,17,'Heartbeat',{}]",
                "[3,'nobody-asked']", "[4,'nobody-asked','GenericError']", "[2,'m1','Heartbeat',{}] trailing",
                "{'a':1,'a':2}");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unanswerable")
    void recordsAFrameWithoutAReadableUniqueIdOrABrokenAnswerWithoutAnsweringIt(String frame) {
        TestChargePoint chargePoint = booted("CP-1");
        String sent = frame.replace('\'', '"');

        chargePoint.send(sent);

        Violation violation = cs.awaitViolation(v -> v.frame().equals(sent), TIMEOUT);
        assertThat(violation.kind()).isEqualTo(Violation.Kind.MALFORMED_FRAME);
        assertThat(cs.frames("CP-1")).anySatisfy(recorded -> {
            assertThat(recorded.text()).isEqualTo(sent);
            assertThat(recorded.type()).isEqualTo(MessageType.MALFORMED);
        });
        assertStillServing(chargePoint);
        assertThat(chargePoint.hasUnmatched()).isFalse();
    }

    @Test
    void recordsUnparseableTextWithoutParsedJson() {
        TestChargePoint chargePoint = booted("CP-1");

        chargePoint.send("{{{");

        Frame frame = cs.awaitFrame(f -> f.text().equals("{{{"), TIMEOUT);
        assertThat(frame.parsed()).isNull();
        assertThat(frame.uniqueId()).isNull();
        assertThat(frame.payload().isMissingNode()).isTrue();
    }

    @Test
    void flagsAnAnswerToNoOpenCall() {
        TestChargePoint chargePoint = booted("CP-1");

        chargePoint.send(wire("[3,'never-asked',{}]"));

        Violation violation = cs.awaitViolation(v -> "never-asked".equals(v.uniqueId()), TIMEOUT);
        assertThat(violation.kind()).isEqualTo(Violation.Kind.UNEXPECTED_RESPONSE);
    }

    @Test
    void flagsAUniqueIdLongerThan36CharactersButStillAnswers() {
        TestChargePoint chargePoint = booted("CP-1");
        String longId = "x".repeat(37);

        ArrayNode answer = chargePoint.callRaw(longId, wire("[2,'" + longId + "','Heartbeat',{}]"));

        assertThat(answer.get(0).intValue()).isEqualTo(3);
        assertThat(cs.violations()).singleElement().satisfies(violation ->
                assertThat(violation.detail()).contains("37"));
    }

    private void assertStillServing(TestChargePoint chargePoint) {
        assertThat(chargePoint.callOk("Heartbeat", Payloads.empty()).has("currentTime")).isTrue();
        assertThat(cs.isConnected("CP-1")).isTrue();
    }
}
