package io.ocppsim.adapter.ocpp.sandbox;

import static io.ocppsim.adapter.ocpp.sandbox.Payloads.json;
import static io.ocppsim.adapter.ocpp.sandbox.Payloads.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CentralSystemCallTest extends SandboxTestSupport {

    @Test
    void sendsACallAndCompletesWithTheCallResultPayload() throws Exception {
        TestChargePoint chargePoint = booted("CP-1");

        CompletableFuture<JsonNode> result = cs.send("CP-1", "ChangeConfiguration",
                json("{'key':'HeartbeatInterval','value':'60'}"));
        ArrayNode call = chargePoint.nextCentralSystemCall();
        chargePoint.answer(call, json("{'status':'Accepted'}"));

        assertThat(call.get(0).intValue()).isEqualTo(2);
        assertThat(call.get(1).asText()).hasSizeLessThanOrEqualTo(36);
        assertThat(call.get(2).asText()).isEqualTo("ChangeConfiguration");
        assertThat(call.get(3)).isEqualTo(json("{'key':'HeartbeatInterval','value':'60'}"));
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(json("{'status':'Accepted'}"));
        Frame answer = cs.frames("CP-1").getLast();
        assertThat(answer.direction()).isEqualTo(Direction.IN);
        assertThat(answer.type()).isEqualTo(MessageType.CALL_RESULT);
        assertThat(answer.action()).isEqualTo("ChangeConfiguration");
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void failsTheFutureWithTheCallErrorOfTheChargePoint() {
        TestChargePoint chargePoint = booted("CP-1");

        CompletableFuture<JsonNode> result = cs.send("CP-1", "Reset", json("{'type':'Soft'}"));
        ArrayNode call = chargePoint.nextCentralSystemCall();
        chargePoint.send(wire("[4,'" + call.get(1).asText() + "','NotSupported','no resets here',{}]"));

        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(CallErrorException.class, error -> {
                    assertThat(error.errorCode()).isEqualTo("NotSupported");
                    assertThat(error.errorDescription()).isEqualTo("no resets here");
                });
        assertThat(cs.frames("CP-1").getLast().action()).isEqualTo("Reset");
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void validatesTheChargePointsAnswerAgainstTheResponseSchema() throws Exception {
        TestChargePoint chargePoint = booted("CP-1");

        CompletableFuture<JsonNode> result = cs.send("CP-1", "GetConfiguration", json("{'key':['HeartbeatInterval']}"));
        ArrayNode call = chargePoint.nextCentralSystemCall();
        chargePoint.answer(call, json("{'configurationKey':[{'key':'HeartbeatInterval','readonly':false,"
                + "'value':'60','unit':'s'}]}"));

        result.get(5, TimeUnit.SECONDS);
        assertThat(cs.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(Violation.Kind.SCHEMA);
            assertThat(violation.action()).isEqualTo("GetConfiguration");
            assertThat(violation.detail()).startsWith("/configurationKey/0:").contains("unit");
        });
    }

    @Test
    void refusesToSendAnInvalidPayloadOrToAChargePointThatIsNotConnected() {
        booted("CP-1");

        assertThat(cs.send("CP-1", "Reset", json("{'type':'Sideways'}")))
                .failsWithin(TIMEOUT).withThrowableThat().withCauseInstanceOf(IllegalArgumentException.class);
        assertThat(cs.send("CP-9", "Reset", json("{'type':'Soft'}")))
                .failsWithin(TIMEOUT).withThrowableThat().withCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cs.sendRaw("CP-9", "[]")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendsRawTextAndMatchesTheAnswerToARawCall() {
        TestChargePoint chargePoint = booted("CP-1");

        cs.sendRaw("CP-1", wire("[2,'raw-1','ClearCache',{}]"));
        ArrayNode call = chargePoint.nextCentralSystemCall();
        chargePoint.answer(call, json("{'status':'Accepted'}"));

        Frame answer = cs.awaitFrame(frame -> frame.direction() == Direction.IN && frame.answers("raw-1"), TIMEOUT);
        assertThat(answer.action()).isEqualTo("ClearCache");
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void aMalformedRawCallIsOwedACallError() {
        TestChargePoint chargePoint = booted("CP-1");

        cs.sendRaw("CP-1", wire("[2,'short-1','Reset']"));
        cs.sendRaw("CP-1", wire("[2,'short-2','Reset']"));
        chargePoint.send(wire("[4,'short-1','ProtocolError','a CALL has 4 elements',{}]"));
        chargePoint.send(wire("[3,'short-2',{}]"));

        Violation violation = cs.awaitViolation(v -> true, TIMEOUT);
        assertThat(violation.uniqueId()).isEqualTo("short-2");
        assertThat(violation.kind()).isEqualTo(Violation.Kind.UNEXPECTED_RESPONSE);
        assertThat(cs.frames("CP-1")).filteredOn(frame -> frame.answers("short-1")).singleElement()
                .extracting(Frame::action).isEqualTo("Reset");
        assertThat(cs.violations()).hasSize(1);
    }

    @Test
    void pushesMalformedTextToTheChargePoint() {
        TestChargePoint chargePoint = booted("CP-1");

        cs.sendRaw("CP-1", "this is not OCPP");

        assertThat(chargePoint.nextUnmatched()).isEqualTo("this is not OCPP");
        assertThat(cs.frames("CP-1").getLast().type()).isEqualTo(MessageType.MALFORMED);
    }

    @Test
    void aTriggeredMessageIsAllowedWhileTheRegistrationIsPending() throws Exception {
        cs.bootAnswer(RegistrationStatus.Pending, 60);
        TestChargePoint chargePoint = booted("CP-1");

        CompletableFuture<JsonNode> trigger = cs.send("CP-1", "TriggerMessage",
                json("{'requestedMessage':'StatusNotification','connectorId':1}"));
        chargePoint.answer(chargePoint.nextCentralSystemCall(), json("{'status':'Accepted'}"));
        trigger.get(5, TimeUnit.SECONDS);
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Available"));

        assertThat(cs.violations()).isEmpty();
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Available"));
        assertThat(cs.violations()).singleElement().extracting(Violation::kind).isEqualTo(Violation.Kind.SEQUENCE);
    }
}
