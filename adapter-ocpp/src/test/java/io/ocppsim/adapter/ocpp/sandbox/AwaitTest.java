package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwaitTest extends SandboxTestSupport {

    @Test
    void awaitCallReturnsTheCallOnceItArrives() {
        TestChargePoint chargePoint = booted("CP-1");

        chargePoint.send(Payloads.wire("[2,'s-1','StatusNotification',{'connectorId':2,'errorCode':'NoError',"
                + "'status':'Preparing'}]"));
        Frame call = cs.awaitCall("CP-1", "StatusNotification", payload -> payload.path("connectorId").intValue() == 2,
                TIMEOUT);

        assertThat(call.uniqueId()).isEqualTo("s-1");
        assertThat(call.payload().path("status").asText()).isEqualTo("Preparing");
    }

    @Test
    void awaitCallsWaitsForTheWholeCount() {
        TestChargePoint chargePoint = booted("CP-1");
        for (int i = 0; i < 3; i++) {
            chargePoint.send(Payloads.wire("[2,'h-" + i + "','Heartbeat',{}]"));
        }

        List<Frame> heartbeats = cs.awaitCalls("CP-1", "Heartbeat", payload -> true, 3, TIMEOUT);

        assertThat(heartbeats).extracting(Frame::uniqueId).containsExactly("h-0", "h-1", "h-2");
    }

    @Test
    void awaitFramesReturnsTheFramesOnceTheConditionHolds() {
        booted("CP-1");

        List<Frame> frames = cs.awaitFrames(all -> all.size() >= 2, TIMEOUT);

        assertThat(frames).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void timesOutWithTheRecentFramesInTheMessage() {
        booted("CP-1");

        assertThatThrownBy(() -> cs.awaitCall("CP-1", "StartTransaction", Duration.ofMillis(200)))
                .isInstanceOf(AwaitTimeoutError.class)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after PT0.2S waiting for 1 matching StartTransaction CALL(s)")
                .hasMessageContaining("CP-1 IN CALL BootNotification")
                .hasMessageContaining("CP-1 OUT CALL_RESULT BootNotification")
                .hasMessageContaining("Violations (0)")
                .hasMessageContaining("Connected charge points: [CP-1]");
    }

    @Test
    void aConditionThatAlreadyHoldsReturnsAtOnceAndOneThatNeverHoldsTimesOut() {
        assertThat(cs.awaitFrames(List::isEmpty, Duration.ZERO)).isEmpty();
        assertThatThrownBy(() -> cs.awaitFrames(frames -> !frames.isEmpty(), Duration.ofMillis(50)))
                .isInstanceOf(AwaitTimeoutError.class)
                .hasMessageContaining("waiting for a condition on the frames")
                .hasMessageContaining("Frames (0 most recent of 0)");
    }
}
