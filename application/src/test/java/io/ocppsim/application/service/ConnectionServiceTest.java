package io.ocppsim.application.service;

import static io.ocppsim.application.service.SimulatorFixture.CP;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.BootResult;
import io.ocppsim.application.port.out.CentralSystemPort.RegistrationStatus;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.domain.connector.ConnectorStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConnectionServiceTest {

    private final SimulatorFixture f = new SimulatorFixture(b -> b.reconnectDelays(Duration.ofSeconds(2),
            Duration.ofSeconds(30)));

    private void boot(RegistrationStatus status, Duration interval) {
        f.centralSystem.last("BootNotification").answer(new BootResult(status, f.time.now(), interval));
    }

    @Test
    void bootsOnConnectThenReportsEveryConnectorAndBeatsAtTheGivenInterval() {
        var view = f.simulator.connect().connect(CP);
        assertThat(view.state()).isEqualTo(ConnectionState.CONNECTING);
        f.centralSystem.acceptConnection(CP);
        assertThat(f.centralSystem.actions()).containsExactly("BootNotification");
        f.centralSystem.autoAnswer("StatusNotification", r -> null).autoAnswer("Heartbeat", r -> f.time.now());

        boot(RegistrationStatus.Accepted, Duration.ofSeconds(120));

        assertThat(f.centralSystem.calls("StatusNotification")).extracting(c -> c.request(StatusReport.class))
                .extracting(r -> r.connectorId().value(), StatusReport::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, ConnectorStatus.Available),
                        org.assertj.core.groups.Tuple.tuple(1, ConnectorStatus.Available),
                        org.assertj.core.groups.Tuple.tuple(2, ConnectorStatus.Available));
        var status = f.simulator.connectionStatus().connectionStatus(CP);
        assertThat(status.online()).isTrue();
        assertThat(status.registration()).isEqualTo("Accepted");
        assertThat(status.heartbeatIntervalSeconds()).isEqualTo(120);

        f.time.advance(Duration.ofSeconds(119));
        assertThat(f.centralSystem.calls("Heartbeat")).isEmpty();
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.centralSystem.calls("Heartbeat")).hasSize(1);
        f.time.advance(Duration.ofSeconds(240));
        assertThat(f.centralSystem.calls("Heartbeat")).hasSize(3);
        assertThat(f.simulator.connectionStatus().connectionStatus(CP).lastHeartbeatAt()).isEqualTo(f.time.now());
    }

    @Test
    void pendingSendsNothingButBootNotificationAgainAfterTheInterval() {
        f.simulator.connect().connect(CP);
        f.centralSystem.acceptConnection(CP);
        boot(RegistrationStatus.Pending, Duration.ofSeconds(10));
        assertThat(f.simulator.connectionStatus().connectionStatus(CP).registration()).isEqualTo("Pending");

        f.time.advance(Duration.ofSeconds(9));
        assertThat(f.centralSystem.actions()).containsExactly("BootNotification");
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.centralSystem.actions()).containsExactly("BootNotification", "BootNotification");

        f.centralSystem.autoAnswer("StatusNotification", r -> null);
        boot(RegistrationStatus.Accepted, Duration.ofSeconds(60));
        assertThat(f.centralSystem.calls("StatusNotification")).hasSize(3);
    }

    @Test
    void rejectedWaitsTheIntervalAndIsNotOnline() {
        f.simulator.connect().connect(CP);
        f.centralSystem.acceptConnection(CP);
        boot(RegistrationStatus.Rejected, Duration.ofSeconds(0));
        assertThat(f.simulator.connectionStatus().connectionStatus(CP).online()).isFalse();
        f.time.advance(Duration.ofSeconds(ConnectionService.BOOT_RETRY_FALLBACK_SECONDS - 1));
        assertThat(f.centralSystem.calls("BootNotification")).hasSize(1);
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.centralSystem.calls("BootNotification")).hasSize(2);
        assertThat(f.centralSystem.calls("StatusNotification")).isEmpty();
    }

    @Test
    void aBootNotificationThatTimesOutIsSentAgain() {
        f.simulator.connect().connect(CP);
        f.centralSystem.acceptConnection(CP);
        f.centralSystem.last("BootNotification").fail(new CentralSystemException.TimedOut("BootNotification",
                Duration.ofSeconds(30)));
        f.time.advance(Duration.ofSeconds(ConnectionService.BOOT_RETRY_FALLBACK_SECONDS));
        assertThat(f.centralSystem.calls("BootNotification")).hasSize(2);
        assertThat(f.events.types()).contains(EventType.CENTRAL_SYSTEM_CALL_FAILED);
    }

    @Nested
    class Reconnecting {

        @Test
        void backsOffExponentiallyWithJitterUntilTheMaximum() {
            f.simulator.connect().connect(CP);
            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                f.centralSystem.refuseConnection(CP, "connection refused");
                var view = f.simulator.connectionStatus().connectionStatus(CP);
                assertThat(view.state()).isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
                assertThat(view.lastError()).isEqualTo("connection refused");
                Instant next = view.nextAttemptAt();
                delays.add(Duration.between(f.time.now(), next).toMillis());
                int attemptsBefore = f.centralSystem.connectAttempts().size();
                f.time.advance(Duration.between(f.time.now(), next).minusMillis(1));
                assertThat(f.centralSystem.connectAttempts()).hasSize(attemptsBefore);
                f.time.advance(Duration.ofMillis(1));
                assertThat(f.centralSystem.connectAttempts()).hasSize(attemptsBefore + 1);
            }
            long[] ceilings = {2000, 4000, 8000, 16000, 30000, 30000, 30000};
            for (int i = 0; i < delays.size(); i++) {
                assertThat(delays.get(i)).as("delay %d", i + 1).isBetween(ceilings[i] / 2, ceilings[i]);
            }
            assertThat(delays).doesNotHaveDuplicates();
        }

        @Test
        void aDroppedConnectionReconnectsAndBootsAgain() {
            f.centralSystem.answerLikeASandbox(f.time.clock(), Duration.ofSeconds(60));
            f.simulator.connect().connect(CP);
            f.centralSystem.acceptConnection(CP);
            assertThat(f.simulator.connectionStatus().connectionStatus(CP).online()).isTrue();

            f.centralSystem.dropConnection(CP, "closed by peer (1006)");
            var view = f.simulator.connectionStatus().connectionStatus(CP);
            assertThat(view.online()).isFalse();
            assertThat(view.state()).isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
            f.centralSystem.clearCalls();

            f.time.advance(Duration.ofSeconds(2));
            assertThat(f.centralSystem.connectAttempts()).hasSize(2);
            f.centralSystem.acceptConnection(CP);
            assertThat(f.centralSystem.actions()).startsWith("BootNotification", "StatusNotification");
            assertThat(f.simulator.connectionStatus().connectionStatus(CP).online()).isTrue();
            // No heartbeats from the first connection are left over.
            f.centralSystem.clearCalls();
            f.time.advance(Duration.ofSeconds(60));
            assertThat(f.centralSystem.calls("Heartbeat")).hasSize(1);
        }

        @Test
        void aDisconnectOnRequestStaysDisconnected() {
            f.centralSystem.answerLikeASandbox(f.time.clock(), Duration.ofSeconds(60));
            f.simulator.connect().connect(CP);
            f.centralSystem.acceptConnection(CP);
            var view = f.simulator.disconnect().disconnect(CP);
            assertThat(view.state()).isEqualTo(ConnectionState.DISCONNECTED);
            assertThat(f.centralSystem.disconnectRequests()).containsExactly(CP);

            // A late callback of the closed connection changes nothing.
            f.centralSystem.dropConnection(CP, "closed");
            f.time.advance(Duration.ofMinutes(10));
            assertThat(f.centralSystem.connectAttempts()).hasSize(1);
            assertThat(f.centralSystem.calls("Heartbeat")).isEmpty();
            assertThat(f.simulator.simulatorStatus().health().status()).isEqualTo("UP");
        }
    }

    @Test
    void healthIsDegradedWhileAWantedConnectionIsDown() {
        f.simulator.connect().connect(CP);
        assertThat(f.simulator.simulatorStatus().health().status()).isEqualTo("DEGRADED");
        f.centralSystem.answerLikeASandbox(f.time.clock(), Duration.ofSeconds(60));
        f.centralSystem.acceptConnection(CP);
        assertThat(f.simulator.simulatorStatus().health().status()).isEqualTo("UP");
    }
}
