package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.SocketContext;
import io.helidon.webserver.ServerConnectionException;
import io.helidon.websocket.WsSession;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Helidon tells a listener nothing when a client drops without a closing handshake; the sandbox
 * notices on its next send. A session whose send fails stands in for the dropped socket.
 */
class ConnectionDropTest {

    private final SandboxCentralSystem cs = new SandboxCentralSystem();

    @Test
    void forgetsAChargePointWhoseSocketFailsOnSendAndFailsTheCall() {
        cs.router().opened("CP-1", new DroppedSession());
        assertThat(cs.isConnected("CP-1")).isTrue();

        var call = cs.send("CP-1", "ClearCache", Payloads.empty());

        assertThat(call).failsWithin(SandboxTestSupport.TIMEOUT).withThrowableThat()
                .withCauseInstanceOf(IllegalStateException.class);
        assertThat(cs.isConnected("CP-1")).isFalse();
        assertThat(cs.frames("CP-1")).singleElement().extracting(Frame::action).isEqualTo("ClearCache");
    }

    @Test
    void survivesADropWhileAnsweringTheChargePoint() {
        ChargePointConnection connection = cs.router().opened("CP-1", new DroppedSession());

        cs.router().received(connection, Payloads.wire("[2,'b-1','BootNotification',"
                + "{'chargePointVendor':'Simulator','chargePointModel':'Sim-1'}]"));

        assertThat(cs.isConnected("CP-1")).isFalse();
        assertThat(cs.frames("CP-1")).extracting(Frame::direction).containsExactly(Direction.IN, Direction.OUT);
    }

    /** A session whose peer is gone. */
    private static final class DroppedSession implements WsSession {
        @Override
        public WsSession send(String text, boolean last) {
            throw new ServerConnectionException("Socket closed", new IOException("Broken pipe"));
        }

        @Override
        public WsSession send(BufferData bufferData, boolean last) {
            throw new ServerConnectionException("Socket closed", new IOException("Broken pipe"));
        }

        @Override
        public WsSession ping(BufferData bufferData) {
            return this;
        }

        @Override
        public WsSession pong(BufferData bufferData) {
            return this;
        }

        @Override
        public WsSession close(int code, String reason) {
            return this;
        }

        @Override
        public WsSession terminate() {
            return this;
        }

        @Override
        public SocketContext socketContext() {
            throw new UnsupportedOperationException();
        }
    }
}
