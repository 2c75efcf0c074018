package io.ocppsim.adapter.ocpp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WebSocket pings on virtual time against the sandbox on loopback. A BootNotification round trip
 * after moving time proves that every ping sent so far has arrived: the socket keeps the order of
 * frames and the sandbox handles them one after the other.
 */
class PingTest extends LoopbackTransportTest {

    private static final String CP = "CP-PING-1";

    private ConnectionProbe probe() {
        return new ConnectionProbe(transport, CP);
    }

    private ConnectionProbe open(ConnectionProbe probe) {
        return probe.open(sandbox.url() + "/" + CP, Map.of(), Tls.SYSTEM_DEFAULT).awaitOpened();
    }

    /** Moves virtual time, then makes sure what it sent has arrived, and returns the pings so far. */
    private int pingsAfter(ConnectionProbe probe, Duration elapsed) {
        time.advance(elapsed);
        probe.boot();
        return sandbox.pings(CP);
    }

    @Test
    void noPingsByDefault() {
        ConnectionProbe probe = open(probe());

        assertThat(pingsAfter(probe, Duration.ofHours(1))).isZero();
        assertThat(probe.connection().pingInterval()).isEqualTo(Duration.ZERO);
    }

    @Test
    void anIntervalSetBeforeOpeningAppliesFromTheOpening() {
        ConnectionProbe probe = probe();
        probe.connection().pingInterval(Duration.ofSeconds(30));
        time.advance(Duration.ofMinutes(5)); // nothing is sent before the connection opens
        open(probe);

        assertThat(pingsAfter(probe, Duration.ofSeconds(29))).isZero();
        assertThat(pingsAfter(probe, Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(pingsAfter(probe, Duration.ofSeconds(60))).isEqualTo(3);
        assertThat(sandbox.awaitPings(CP, 3, ConnectionProbe.WAIT)).isEqualTo(3);
    }

    @Test
    void aNewIntervalTakesEffectAtOnceAndZeroStopsThePings() {
        ConnectionProbe probe = open(probe());
        probe.connection().pingInterval(Duration.ofSeconds(30));
        assertThat(pingsAfter(probe, Duration.ofSeconds(30))).isEqualTo(1);
        assertThat(pingsAfter(probe, Duration.ofSeconds(20))).isEqualTo(1);

        probe.connection().pingInterval(Duration.ofSeconds(10));

        assertThat(pingsAfter(probe, Duration.ofSeconds(9))).isEqualTo(1);
        assertThat(pingsAfter(probe, Duration.ofSeconds(1))).isEqualTo(2);
        assertThat(pingsAfter(probe, Duration.ofSeconds(20))).isEqualTo(4);

        probe.connection().pingInterval(Duration.ZERO);

        assertThat(pingsAfter(probe, Duration.ofHours(1))).isEqualTo(4);
    }

    @Test
    void closingStopsThePings() {
        ConnectionProbe probe = open(probe());
        probe.connection().pingInterval(Duration.ofSeconds(10));
        assertThat(pingsAfter(probe, Duration.ofSeconds(10))).isEqualTo(1);

        probe.connection().close();
        sandbox.awaitDisconnected(CP, ConnectionProbe.WAIT);
        time.advance(Duration.ofMinutes(10));

        ConnectionProbe next = open(probe());
        assertThat(pingsAfter(next, Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionStopsThePings() {
        ConnectionProbe probe = open(probe());
        probe.connection().pingInterval(Duration.ofSeconds(10));

        sandbox.disconnect(CP);
        probe.awaitClosed();
        time.advance(Duration.ofMinutes(10));

        assertThat(sandbox.pings(CP)).isZero();
    }

    @Test
    void aNegativeIntervalIsRefused() {
        ConnectionProbe probe = probe();

        assertThatThrownBy(() -> probe.connection().pingInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(probe.connection().pingInterval()).isEqualTo(Duration.ZERO);
    }
}
