package io.ocppsim.application.service;

import static io.ocppsim.application.service.SimulatorFixture.CP;
import static io.ocppsim.application.service.SimulatorFixture.connector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.MeterValues;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStart;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStarted;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Measurand;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChargingSessionTest {

    private static final IdTag USER = IdTag.of("user123");

    private final SimulatorFixture f = new SimulatorFixture();

    private ConnectorView start(int connectorId) {
        return join(f.simulator.startTransaction().startTransaction(
                new StartTransactionCommand(connector(connectorId), USER)));
    }

    /** The stage's result; the fakes answer at once, so it is done or it never will be. */
    private static <T> T join(CompletionStage<T> stage) {
        assertThat(stage.toCompletableFuture()).as("the use case's answer").isDone();
        return stage.toCompletableFuture().join();
    }

    private List<String> statusesSent(int connectorId) {
        return f.centralSystem.calls("StatusNotification").stream().map(c -> c.request(StatusReport.class))
                .filter(r -> r.connectorId().value() == connectorId).map(r -> r.status().name()).toList();
    }

    @Test
    void theBasicChargingFlowSendsEachMessageInOrder() {
        f.online();
        f.centralSystem.clearCalls();

        assertThat(f.simulator.plugIn().plugIn(connector(1)).status()).isEqualTo(ConnectorStatus.Preparing);
        ConnectorView charging = start(1);
        assertThat(charging.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(charging.transaction().transactionId()).isEqualTo(1);
        assertThat(charging.transaction().idTag()).isEqualTo("user123");

        f.time.advance(Duration.ofSeconds(60));
        f.time.advance(Duration.ofSeconds(60));
        ConnectorView finishing = f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        assertThat(finishing.status()).isEqualTo(ConnectorStatus.Finishing);
        assertThat(f.simulator.plugOut().plugOut(connector(1)).status()).isEqualTo(ConnectorStatus.Available);

        assertThat(f.centralSystem.actions()).containsExactly("StatusNotification", "Authorize", "StartTransaction",
                "StatusNotification", "MeterValues", "MeterValues", "StopTransaction", "StatusNotification",
                "StatusNotification");
        assertThat(statusesSent(1)).containsExactly("Preparing", "Charging", "Finishing", "Available");

        TransactionStart startReq = f.centralSystem.last("StartTransaction").request(TransactionStart.class);
        assertThat(startReq.idTag()).isEqualTo(USER);
        assertThat(startReq.meterStart().wholeWattHours()).isZero();

        List<MeterValues> meterValues = f.centralSystem.calls("MeterValues").stream()
                .map(c -> c.request(MeterValues.class)).toList();
        assertThat(meterValues).allSatisfy(mv -> {
            assertThat(mv.transactionId()).isEqualTo(TransactionId.of(1));
            assertThat(mv.connectorId().value()).isEqualTo(1);
        });
        // 7.2 kW: 120 Wh per minute.
        assertThat(meterValues).extracting(mv -> mv.samples().get(0).values().stream()
                .filter(v -> v.measurand() == Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).findFirst().orElseThrow().value())
                .containsExactly("120", "240");

        TransactionStop stop = f.centralSystem.last("StopTransaction").request(TransactionStop.class);
        assertThat(stop.transactionId()).isEqualTo(TransactionId.of(1));
        assertThat(stop.reason()).isEqualTo(StopReason.Local);
        assertThat(stop.meterStop().wholeWattHours()).isEqualTo(240);
        assertThat(f.events.types()).contains(EventType.CONNECTOR_PLUGGED_IN, EventType.TRANSACTION_STARTED,
                EventType.TRANSACTION_STOPPED, EventType.CONNECTOR_UNPLUGGED);
    }

    @Test
    void anIdTagBeforeTheCableWaitsInPreparingAndStartsWhenTheCableComes() {
        f.online();
        ConnectorView waiting = start(2);
        assertThat(waiting.status()).isEqualTo(ConnectorStatus.Preparing);
        assertThat(waiting.authorizedIdTag()).isEqualTo("user123");
        assertThat(f.centralSystem.calls("StartTransaction")).isEmpty();

        ConnectorView charging = f.simulator.plugIn().plugIn(connector(2));
        assertThat(charging.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(f.centralSystem.calls("StartTransaction")).hasSize(1);
    }

    @Test
    void anIdTagThatWaitsLongerThanConnectionTimeOutIsDropped() {
        f.online();
        start(2);
        f.time.advance(Duration.ofSeconds(59));
        assertThat(f.simulator.connectors().connector(connector(2)).status()).isEqualTo(ConnectorStatus.Preparing);
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.simulator.connectors().connector(connector(2)).status()).isEqualTo(ConnectorStatus.Available);
        assertThat(f.events.types()).contains(EventType.AUTHORIZATION_EXPIRED);
    }

    @Test
    void plugOutDuringATransactionStopsItWithEvDisconnected() {
        f.online();
        f.simulator.plugIn().plugIn(connector(1));
        start(1);
        assertThat(f.simulator.plugOut().plugOut(connector(1)).status()).isEqualTo(ConnectorStatus.Available);
        assertThat(f.centralSystem.last("StopTransaction").request(TransactionStop.class).reason())
                .isEqualTo(StopReason.EVDisconnected);
    }

    @Test
    void withoutStopOnEvSideDisconnectPlugOutSuspendsTheTransaction() {
        SimulatorFixture keep = new SimulatorFixture(b -> b.stopTransactionOnEvSideDisconnect(false)).online();
        keep.simulator.plugIn().plugIn(connector(1));
        join(keep.simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1), USER)));
        assertThat(keep.simulator.plugOut().plugOut(connector(1)).status()).isEqualTo(ConnectorStatus.SuspendedEV);
        assertThat(keep.centralSystem.calls("StopTransaction")).isEmpty();
    }

    @Nested
    class Refusals {

        @Test
        void withoutAConnectionNothingIsAuthorized() {
            assertRefused(() -> start(1), RefusedException.Reason.NOT_CONNECTED);
            assertThat(f.centralSystem.calls()).isEmpty();
        }

        @Test
        void beforeTheBootIsAcceptedNothingIsAuthorized() {
            f.simulator.connect().connect(CP);
            f.centralSystem.acceptConnection(CP);
            assertRefused(() -> start(1), RefusedException.Reason.NOT_ACCEPTED);
        }

        @Test
        void aRejectedIdTagStartsNothing() {
            f.online();
            f.centralSystem.autoAnswer("Authorize", r -> IdTagInfo.of(AuthorizationStatus.Blocked));
            f.simulator.plugIn().plugIn(connector(1));
            assertRefused(() -> start(1), RefusedException.Reason.AUTHORIZATION_REJECTED);
            assertThat(f.centralSystem.calls("StartTransaction")).isEmpty();
            assertThat(f.simulator.connectors().connector(connector(1)).status()).isEqualTo(ConnectorStatus.Preparing);
            assertThat(f.events.types()).contains(EventType.AUTHORIZATION_REJECTED);
        }

        @Test
        void anIdTagTheCentralSystemRejectsAtStartTransactionIsDeAuthorized() {
            f.online();
            f.centralSystem.autoAnswer("StartTransaction", r -> new TransactionStarted(TransactionId.of(77),
                    IdTagInfo.of(AuthorizationStatus.Invalid)));
            f.simulator.plugIn().plugIn(connector(1));
            assertRefused(() -> start(1), RefusedException.Reason.AUTHORIZATION_REJECTED);
            ConnectorView view = f.simulator.connectors().connector(connector(1));
            assertThat(view.status()).isEqualTo(ConnectorStatus.Finishing);
            assertThat(view.lastTransaction().stopReason()).isEqualTo(StopReason.DeAuthorized);
            TransactionStop stop = f.centralSystem.last("StopTransaction").request(TransactionStop.class);
            assertThat(stop.transactionId()).isEqualTo(TransactionId.of(77));
            assertThat(stop.reason()).isEqualTo(StopReason.DeAuthorized);
            assertThat(sentSince("Authorize")).containsExactly("Authorize", "StartTransaction",
                    "StatusNotification 1 Charging", "StopTransaction", "StatusNotification 1 Finishing");
        }

        @Test
        void withoutStopOnInvalidIdARejectedIdTagHoldsBackEnergyForThatTransactionOnly() {
            SimulatorFixture keep = new SimulatorFixture(b -> b.stopTransactionOnInvalidId(false)).online();
            keep.centralSystem.autoAnswer("StartTransaction", r -> new TransactionStarted(TransactionId.of(5),
                    IdTagInfo.of(AuthorizationStatus.Invalid)));
            keep.simulator.plugIn().plugIn(connector(1));
            assertThatThrownBy(() -> keep.simulator.startTransaction().startTransaction(
                    new StartTransactionCommand(connector(1), USER)).toCompletableFuture().join())
                    .hasCauseInstanceOf(RefusedException.class);
            ConnectorView suspended = keep.simulator.connectors().connector(connector(1));
            assertThat(suspended.status()).isEqualTo(ConnectorStatus.SuspendedEVSE);
            assertThat(suspended.powerW()).isZero();

            keep.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            keep.centralSystem.answerLikeASandbox(keep.time.clock(), SimulatorFixture.HEARTBEAT);
            ConnectorView next = join(keep.simulator.startTransaction().startTransaction(
                    new StartTransactionCommand(connector(1), USER)));
            assertThat(next.status()).isEqualTo(ConnectorStatus.Charging);
            assertThat(next.powerW()).isPositive();
        }

        @Test
        void aBusyConnectorIsRefusedBeforeAskingTheCentralSystem() {
            f.online();
            f.simulator.plugIn().plugIn(connector(1));
            start(1);
            f.centralSystem.clearCalls();
            assertThatThrownBy(() -> start(1)).cause().isInstanceOfSatisfying(ConnectorRejectedException.class,
                    e -> assertThat(e.reason()).isEqualTo(ConnectorRejectedException.Reason.TRANSACTION_RUNNING));
            assertThat(f.centralSystem.calls("Authorize")).isEmpty();
        }

        @Test
        void anUnknownConnectorIsNotFound() {
            assertRefused(() -> f.simulator.plugIn().plugIn(connector(3)), RefusedException.Reason.CONNECTOR_NOT_FOUND);
        }

        private void assertRefused(ThrowingCallable call, RefusedException.Reason reason) {
            assertThatThrownBy(call).satisfies(e -> {
                Throwable cause = e instanceof CompletionException ? e.getCause() : e;
                assertThat(cause).isInstanceOfSatisfying(RefusedException.class,
                        r -> assertThat(r.reason()).isEqualTo(reason));
            });
        }
    }

    @Test
    void aFaultIsReportedWithItsErrorCodeAndClearingReturnsToCharging() {
        f.online();
        f.simulator.plugIn().plugIn(connector(1));
        start(1);
        f.centralSystem.clearCalls();

        ConnectorView faulted = f.simulator.injectFault().injectFault(new InjectFaultCommand(connector(1),
                new Fault(ChargePointErrorCode.OverVoltage, "Simulated overvoltage", null)));
        assertThat(faulted.status()).isEqualTo(ConnectorStatus.Faulted);
        assertThat(faulted.powerW()).isZero();
        StatusReport report = f.centralSystem.last("StatusNotification").request(StatusReport.class);
        assertThat(report.status()).isEqualTo(ConnectorStatus.Faulted);
        assertThat(report.errorCode()).isEqualTo(ChargePointErrorCode.OverVoltage);
        assertThat(report.info()).isEqualTo("Simulated overvoltage");

        ConnectorView cleared = f.simulator.clearFault().clearFault(ClearFaultCommand.all(connector(1)));
        assertThat(cleared.status()).isEqualTo(ConnectorStatus.Charging);
        StatusReport back = f.centralSystem.last("StatusNotification").request(StatusReport.class);
        assertThat(back.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(back.errorCode()).isEqualTo(ChargePointErrorCode.NoError);
    }

    @Test
    void twoSessionsInARowOnOneConnectorReportTheSameSequence() {
        f.online();
        for (int session = 1; session <= 2; session++) {
            f.centralSystem.clearCalls();
            f.simulator.plugIn().plugIn(connector(1));
            start(1);
            f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            f.simulator.plugOut().plugOut(connector(1));
            assertThat(sentSince("StatusNotification")).as("session %d", session).containsExactly(
                    "StatusNotification 1 Preparing", "Authorize", "StartTransaction", "StatusNotification 1 Charging",
                    "StopTransaction", "StatusNotification 1 Finishing", "StatusNotification 1 Available");
        }
        assertThat(f.centralSystem.last("StopTransaction").request(TransactionStop.class).transactionId())
                .isEqualTo(TransactionId.of(2));
    }

    @Test
    void aStatusNotificationWaitsBehindATransactionMessageThatIsRetried() {
        f.online();
        f.simulator.plugIn().plugIn(connector(1));
        start(1);
        f.centralSystem.stopAutoAnswering("StopTransaction");
        f.centralSystem.clearCalls();
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        f.centralSystem.last("StopTransaction").fail(
                new CentralSystemException.TimedOut("StopTransaction",
                        Duration.ofSeconds(30)));
        f.simulator.plugOut().plugOut(connector(1));
        assertThat(sentSince("StopTransaction")).containsExactly("StopTransaction");

        f.centralSystem.autoAnswer("StopTransaction", r -> Optional.empty());
        f.time.advance(Duration.ofSeconds(60));
        assertThat(sentSince("StopTransaction")).containsExactly("StopTransaction", "StopTransaction",
                "StatusNotification 1 Finishing", "StatusNotification 1 Available");
    }

    /** The calls since the first of {@code action}, StatusNotifications with connector and status. */
    private List<String> sentSince(String action) {
        List<String> all = f.centralSystem.calls().stream().map(c -> c.action().equals("StatusNotification")
                ? "StatusNotification " + c.request(StatusReport.class).connectorId().value() + " "
                        + c.request(StatusReport.class).status()
                : c.action()).toList();
        int first = 0;
        while (first < all.size() && !all.get(first).startsWith(action)) {
            first++;
        }
        return all.subList(first, all.size());
    }

    @Test
    void statusChangesWhileOfflineAreNotSentButReportedAfresh() {
        f.simulator.plugIn().plugIn(connector(1));
        assertThat(f.centralSystem.calls()).isEmpty();
        f.online();
        assertThat(statusesSent(1)).containsExactly("Preparing");
        assertThat(statusesSent(0)).containsExactly("Available");
    }
}
