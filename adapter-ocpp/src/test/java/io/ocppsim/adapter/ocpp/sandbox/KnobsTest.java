package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class KnobsTest extends SandboxTestSupport {

    @Test
    void leavesAnActionUnansweredWhenTold() {
        TestChargePoint chargePoint = booted("CP-1");
        cs.dontAnswer("Heartbeat");

        CompletableFuture<ArrayNode> unanswered = chargePoint.expect("hb-1");
        chargePoint.send(Payloads.wire("[2,'hb-1','Heartbeat',{}]"));
        cs.awaitCall("CP-1", "Heartbeat", TIMEOUT);
        // Frames of one connection are handled in order: once the next call is answered,
        // the first one has been passed over for good. (The knob stays: a call is recorded
        // before the knob is read, so turning it back here could answer the first one.)
        chargePoint.callOk("Authorize", Payloads.authorize("TAG-1"));

        assertThat(unanswered).isNotDone();
        assertThat(cs.frames("CP-1")).filteredOn(frame -> frame.answers("hb-1")).isEmpty();
    }

    @Test
    void answersAnActionWithTheConfiguredCallError() {
        TestChargePoint chargePoint = booted("CP-1");
        cs.answerWithError("StartTransaction", ErrorCode.InternalError, "database down");

        ArrayNode answer = chargePoint.call("StartTransaction", Payloads.startTransaction(1, "TAG", 0));

        assertThat(answer.get(0).intValue()).isEqualTo(4);
        assertThat(answer.get(2).asText()).isEqualTo("InternalError");
        assertThat(answer.get(3).asText()).isEqualTo("database down");
        assertThat(answer.get(4).isObject()).isTrue();
        assertThat(cs.transactions()).isEmpty();
        assertThat(cs.frames("CP-1").getLast().errorCode()).contains("InternalError");
    }

    @Test
    void anErrorKnobOnBootNotificationLeavesTheChargePointUnregistered() {
        cs.answerWithError("BootNotification", ErrorCode.GenericError, "try later");
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");

        assertThat(chargePoint.call("BootNotification", Payloads.boot()).get(2).asText()).isEqualTo("GenericError");
        cs.answerNormally("BootNotification");
        assertThat(chargePoint.callOk("BootNotification", Payloads.boot()).get("status").asText())
                .isEqualTo("Accepted");
    }

    @Test
    void knobsAcceptOnlyChargePointActions() {
        assertThatThrownBy(() -> cs.dontAnswer("Reset")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cs.answerWithError("Hearbeat", ErrorCode.GenericError, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cs.bootAnswer(RegistrationStatus.Accepted, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
