package io.ocppsim.application.service;

import static io.ocppsim.application.service.SimulatorFixture.CP;
import static io.ocppsim.application.service.SimulatorFixture.connector;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.ocpp.CentralSystemRequests;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.AvailabilityStatus;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.AvailabilityType;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.RemoteStart;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.RemoteStartStopStatus;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.ResetType;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.in.ocpp.ReservationUseCase.ReservationStatus;
import io.ocppsim.application.port.in.ocpp.ReservationUseCase.ReserveNow;
import io.ocppsim.application.port.out.CentralSystemPort.MeterValues;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStart;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.meter.Measurand;
import io.ocppsim.domain.meter.SampledValue;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the charge point does when a Central System asks, on in-memory ports and virtual time.
 * The same requests over a real WebSocket are tested in adapter-ocpp.
 */
class CentralSystemRequestsTest {

    private static final IdTag USER = IdTag.of("user123");

    private final SimulatorFixture f = new SimulatorFixture().online();
    private final CentralSystemRequests requests = f.simulator.centralSystemRequests();

    private static <T> T sent(Reply<T> reply) {
        reply.afterSent().run();
        return reply.answer();
    }

    private ConnectorView charging(int connectorId) {
        f.simulator.plugIn().plugIn(connector(connectorId));
        return f.simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(connectorId),
                USER)).toCompletableFuture().join();
    }

    private ConnectorView view(int connectorId) {
        return f.simulator.connectors().connector(connector(connectorId));
    }

    @Test
    void goingInoperativeDuringATransactionIsScheduledAndAppliedWhenItEnds() {
        charging(1);
        assertThat(sent(requests.core().changeAvailability(CP, 1, AvailabilityType.Inoperative)))
                .isEqualTo(AvailabilityStatus.Scheduled);
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Charging);
        f.simulator.stopTransaction().stopTransaction(
                io.ocppsim.application.port.in.StopTransactionCommand.local(connector(1)));
        f.simulator.plugOut().plugOut(connector(1));
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Unavailable);
        assertThat(sent(requests.core().changeAvailability(CP, 1, AvailabilityType.Operative)))
                .isEqualTo(AvailabilityStatus.Accepted);
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Available);
        assertThat(sent(requests.core().changeAvailability(CP, 3, AvailabilityType.Inoperative)))
                .isEqualTo(AvailabilityStatus.Rejected);
    }

    @Test
    void aChangedHeartbeatIntervalIsInForceAtOnce() {
        f.centralSystem.clearCalls();
        assertThat(sent(requests.core().changeConfiguration(CP, "HeartbeatInterval", "30")).status())
                .isEqualTo(ConfigurationStatus.Accepted);
        f.time.advance(Duration.ofSeconds(90));
        assertThat(f.centralSystem.calls("Heartbeat")).hasSize(3);
    }

    @Test
    void meterValuesCarryTheMeasurandsOfMeterValuesSampledDataFromTheNextSample() {
        charging(1);
        f.time.advance(Duration.ofSeconds(60));
        sent(requests.core().changeConfiguration(CP, "MeterValuesSampledData", "Power.Active.Import"));
        f.time.advance(Duration.ofSeconds(60));
        List<MeterValues> sent = f.centralSystem.calls("MeterValues").stream().map(c -> c.request(MeterValues.class))
                .toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).samples().getFirst().values()).extracting(SampledValue::measurand)
                .containsExactly(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.POWER_ACTIVE_IMPORT);
        assertThat(sent.get(1).samples().getFirst().values()).extracting(SampledValue::measurand)
                .containsExactly(Measurand.POWER_ACTIVE_IMPORT);
    }

    @Test
    void aRemoteStartWithoutAuthorizeRemoteTxRequestsStartsWithoutAuthorize() {
        f.simulator.plugIn().plugIn(connector(2));
        f.centralSystem.clearCalls();
        assertThat(sent(requests.core().remoteStartTransaction(CP, new RemoteStart(USER, null, null))))
                .isEqualTo(RemoteStartStopStatus.Accepted);
        assertThat(f.centralSystem.actions()).doesNotContain("Authorize").contains("StartTransaction");
        assertThat(f.centralSystem.last("StartTransaction").request(TransactionStart.class).connectorId().value())
                .as("the connector with a cable is chosen").isEqualTo(2);
    }

    @Test
    void aRemoteStartWithAuthorizeRemoteTxRequestsAuthorizesFirst() {
        sent(requests.core().changeConfiguration(CP, "AuthorizeRemoteTxRequests", "true"));
        f.centralSystem.clearCalls();
        sent(requests.core().remoteStartTransaction(CP, new RemoteStart(USER, 1, null)));
        assertThat(f.centralSystem.actions()).contains("Authorize");
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Preparing);
        f.simulator.plugIn().plugIn(connector(1));
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Charging);
    }

    @Test
    void aSoftResetRebootsOnceTheStopTransactionIsAnswered() {
        charging(1);
        f.centralSystem.stopAutoAnswering("StopTransaction");
        sent(requests.core().reset(CP, ResetType.Soft));
        assertThat(f.centralSystem.last("StopTransaction").request(TransactionStop.class).reason())
                .isEqualTo(StopReason.SoftReset);
        assertThat(f.centralSystem.disconnectRequests()).isEmpty();
        f.centralSystem.last("StopTransaction").answer(java.util.Optional.empty());
        assertThat(f.centralSystem.disconnectRequests()).containsExactly(CP);
        int attempts = f.centralSystem.connectAttempts().size();
        f.time.advance(Reboots.DOWNTIME);
        assertThat(f.centralSystem.connectAttempts()).hasSize(attempts + 1);
    }

    @Test
    void aHardResetRebootsAtOnceAndTheStopTransactionFollowsTheNextBoot() {
        charging(1);
        f.centralSystem.stopAutoAnswering("StopTransaction");
        f.centralSystem.clearCalls();
        sent(requests.core().reset(CP, ResetType.Hard));
        assertThat(f.centralSystem.disconnectRequests()).containsExactly(CP);
        assertThat(f.centralSystem.calls("StopTransaction")).isEmpty();
        f.time.advance(Reboots.DOWNTIME);
        f.centralSystem.acceptConnection(CP);
        assertThat(f.centralSystem.actions()).startsWith("BootNotification", "StopTransaction");
        assertThat(f.centralSystem.last("StopTransaction").request(TransactionStop.class).reason())
                .isEqualTo(StopReason.HardReset);
    }

    @Test
    void aReservationHoldsTheConnectorForItsIdTagUntilItExpires() {
        var expiry = f.time.clock().instant().plus(Duration.ofMinutes(10));
        assertThat(sent(requests.reservation().reserveNow(CP, new ReserveNow(1, expiry, IdTag.of("owner"), null, 7))))
                .isEqualTo(ReservationStatus.Accepted);
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Reserved);
        assertThat(view(1).reservation().reservationId()).isEqualTo(7);
        assertThat(sent(requests.reservation().reserveNow(CP, new ReserveNow(1, expiry, IdTag.of("other"), null, 8))))
                .isEqualTo(ReservationStatus.Occupied);
        f.time.advance(Duration.ofMinutes(10));
        assertThat(view(1).status()).isEqualTo(ConnectorStatus.Available);
        assertThat(f.centralSystem.calls("StatusNotification")).extracting(c -> c.request(StatusReport.class).status())
                .containsSubsequence(ConnectorStatus.Reserved, ConnectorStatus.Available);
    }

    @Test
    void aChargePointDisconnectedOnRequestDuringASoftResetStaysDisconnected() {
        charging(1);
        f.centralSystem.stopAutoAnswering("StopTransaction");
        sent(requests.core().reset(CP, ResetType.Soft));
        f.simulator.disconnect().disconnect(CP);
        int attempts = f.centralSystem.connectAttempts().size();
        f.time.advance(Reboots.SOFT_RESET_GRACE.plus(Reboots.DOWNTIME).plus(Duration.ofMinutes(5)));
        assertThat(f.centralSystem.connectAttempts()).hasSize(attempts);
        assertThat(f.events.events(io.ocppsim.application.event.EventType.REBOOTING)).isEmpty();
    }

    @Test
    void aSecondResetDoesNotRebootTwice() {
        charging(1);
        f.centralSystem.stopAutoAnswering("StopTransaction");
        sent(requests.core().reset(CP, ResetType.Soft));
        sent(requests.core().reset(CP, ResetType.Hard));
        f.time.advance(Reboots.SOFT_RESET_GRACE.plus(Duration.ofSeconds(1)));
        assertThat(f.events.events(io.ocppsim.application.event.EventType.REBOOTING)).hasSize(1);
    }
}
