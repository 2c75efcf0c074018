package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HandshakeTest extends SandboxTestSupport {

    @Test
    void acceptsAChargePointOfferingOcpp16AndTakesItsIdFromThePath() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");

        cs.awaitConnected("CP-1", TIMEOUT);
        assertThat(chargePoint.subprotocol()).isEqualTo("ocpp1.6");
        assertThat(cs.url()).isEqualTo("ws://127.0.0.1:" + cs.port() + "/ocpp");
        assertThat(cs.connectedChargePoints()).containsExactly("CP-1");
    }

    @Test
    void picksOcpp16AmongSeveralOfferedSubprotocols() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1", List.of("ocpp2.0.1", "ocpp1.6"), null);

        assertThat(chargePoint.subprotocol()).isEqualTo("ocpp1.6");
    }

    @Test
    void refusesAClientThatDoesNotOfferOcpp16() {
        assertHandshakeFails(TestChargePoint.connectAsync(cs, "CP-1", List.of(), null));
        assertHandshakeFails(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp2.0.1"), null));
        assertThat(cs.isConnected("CP-1")).isFalse();
    }

    @Test
    void acceptsTheRightBasicAuthPassword() {
        cs.requirePassword("CP-1", "s3cret-key");

        TestChargePoint.connect(cs, "CP-1", List.of("ocpp1.6"), "s3cret-key");

        cs.awaitConnected("CP-1", TIMEOUT);
    }

    @Test
    void refusesAWrongOrMissingPassword() {
        cs.requirePassword("CP-1", "s3cret-key");

        assertHandshakeFails(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp1.6"), "wrong"));
        assertHandshakeFails(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp1.6"), null));
        assertThat(cs.isConnected("CP-1")).isFalse();
    }

    @Test
    void otherChargePointsNeedNoPassword() {
        cs.requirePassword("CP-1", "s3cret-key");

        TestChargePoint.connect(cs, "CP-2");

        cs.awaitConnected("CP-2", TIMEOUT);
    }

    @Test
    void disconnectClosesTheSocketAndFailsOpenCalls() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");
        cs.awaitConnected("CP-1", TIMEOUT);
        CompletableFuture<?> open = cs.send("CP-1", "ClearCache", Payloads.empty());
        chargePoint.nextCentralSystemCall();

        cs.disconnect("CP-1");

        assertThat(chargePoint.awaitClosed()).isEqualTo(1000);
        assertThat(cs.isConnected("CP-1")).isFalse();
        assertThat(open).isCompletedExceptionally();
    }

    @Test
    void notesWhenTheChargePointCloses() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");
        cs.awaitConnected("CP-1", TIMEOUT);

        chargePoint.close();

        cs.awaitDisconnected("CP-1", TIMEOUT);
    }

    @Test
    void aNewConnectionOfTheSameChargePointReplacesTheOldOne() {
        TestChargePoint first = TestChargePoint.connect(cs, "CP-1");
        TestChargePoint second = TestChargePoint.connect(cs, "CP-1");

        assertThat(first.awaitClosed()).isEqualTo(1000);
        assertThat(second.callOk("Heartbeat", Payloads.empty()).has("currentTime")).isTrue();
        assertThat(cs.isConnected("CP-1")).isTrue();
    }

    @Test
    void assemblesAMessageSentInSeveralFrames() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");
        var answer = chargePoint.expect("frag-1");

        chargePoint.sendFragmented(Payloads.wire("[2,'frag-1','BootNotification',"
                + "{'chargePointVendor':'Simulator','chargePointModel':'Sim-1'}]"));

        assertThat(TestChargePoint.join(answer).get(2).path("status").asText()).isEqualTo("Accepted");
        assertThat(cs.calls("CP-1")).singleElement().extracting(Frame::uniqueId).isEqualTo("frag-1");
    }

    @Test
    void restartsOnTheSamePortSoThatChargePointsCanComeBack() {
        String url = cs.url();
        TestChargePoint.connect(cs, "CP-1");
        cs.stop();

        assertThat(cs.isRunning()).isFalse();
        assertThat(cs.url()).isEqualTo(url);
        assertThatThrownBy(() -> TestChargePoint.connect(cs, "CP-1")).isInstanceOf(AssertionError.class);

        cs.start();

        assertThat(cs.url()).isEqualTo(url);
        TestChargePoint.connect(cs, "CP-1");
        cs.awaitConnected("CP-1", TIMEOUT);
    }

    private static void assertHandshakeFails(CompletableFuture<TestChargePoint> connecting) {
        assertThatThrownBy(() -> TestChargePoint.join(connecting))
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
    }
}
