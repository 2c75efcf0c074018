package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WebSocket pings, and stopping and starting the sandbox again without losing what it recorded. */
class PingAndRestartTest extends SandboxTestSupport {

    @Test
    void answersEveryPingWithAPongOfTheSameDataAndCountsThemPerChargePoint() {
        TestChargePoint first = TestChargePoint.connect(cs, "CP-1");
        TestChargePoint.connect(cs, "CP-2");

        assertThat(first.ping("one".getBytes(StandardCharsets.UTF_8))).asString(StandardCharsets.UTF_8)
                .isEqualTo("one");
        assertThat(first.ping(new byte[0])).isEmpty();

        assertThat(cs.awaitPings("CP-1", 2, TIMEOUT)).isEqualTo(2);
        assertThat(cs.pings("CP-2")).isZero();
        assertThat(cs.pings("CP-unknown")).isZero();
    }

    @Test
    void countsPingsOverReconnects() {
        TestChargePoint.connect(cs, "CP-1").ping(new byte[] {1});
        TestChargePoint second = TestChargePoint.connect(cs, "CP-1");

        second.ping(new byte[] {2});

        assertThat(cs.awaitPings("CP-1", 2, TIMEOUT)).isEqualTo(2);
    }

    @Test
    void waitingForPingsThatDoNotComeTimesOutSayingWhat() {
        TestChargePoint.connect(cs, "CP-1").ping(new byte[0]);

        assertThatThrownBy(() -> cs.awaitPings("CP-1", 2, Duration.ofMillis(200)))
                .isInstanceOf(AwaitTimeoutError.class)
                .hasMessageContaining("2 WebSocket ping(s) from CP-1 (so far 1)");
    }

    @Test
    void clearForgetsThePings() {
        TestChargePoint.connect(cs, "CP-1").ping(new byte[0]);
        cs.awaitPings("CP-1", 1, TIMEOUT);

        cs.clear();

        assertThat(cs.pings("CP-1")).isZero();
    }

    @Test
    void aRestartKeepsTheUrlTheFramesTheViolationsAndThePings() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.call("Heartbeat", Payloads.json("{'unexpected':1}"));
        chargePoint.ping(new byte[0]);
        String url = cs.url();
        int frames = cs.frames().size();

        cs.stop();
        assertThat(chargePoint.awaitClosed()).isEqualTo(1001);
        cs.start();

        assertThat(cs.url()).isEqualTo(url);
        assertThat(cs.frames()).hasSize(frames);
        assertThat(cs.violations()).singleElement().extracting(Violation::kind).isEqualTo(Violation.Kind.SCHEMA);
        assertThat(cs.pings("CP-1")).isEqualTo(1);
        TestChargePoint back = TestChargePoint.connect(cs, "CP-1");
        assertThat(back.callOk("Heartbeat", Payloads.empty()).has("currentTime")).isTrue();
        assertThat(cs.violations()).hasSize(1); // still registered: a reconnect is not a reboot
        assertThat(cs.calls("CP-1")).extracting(Frame::action)
                .containsExactly("BootNotification", "Heartbeat", "Heartbeat");
    }
}
