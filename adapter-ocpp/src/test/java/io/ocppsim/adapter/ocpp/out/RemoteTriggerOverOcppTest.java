package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.adapter.ocpp.sandbox.RegistrationStatus;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Remote Trigger profile over a real loopback WebSocket: TriggerMessage for each of the six
 * messages, with and without a connectorId, answered Accepted and followed by the message asked for
 * with what is true at that moment; a connectorId the charge point does not have is Rejected.
 */
class RemoteTriggerOverOcppTest extends OverOcppTestBase {

    private String trigger(String message) {
        return call("TriggerMessage", payload("requestedMessage", message)).path("status").asText();
    }

    private String trigger(String message, int connectorId) {
        return call("TriggerMessage", payload("requestedMessage", message, "connectorId", connectorId))
                .path("status").asText();
    }

    @Nested
    class BootNotification {

        @Test
        void isSentAgainWithoutReportingTheConnectorsAfresh() {
            boot();
            assertThat(trigger("BootNotification")).isEqualTo("Accepted");
            List<Frame> boots = awaitCalls("BootNotification", 2);
            assertThat(boots.get(1).payload()).isEqualTo(boots.get(0).payload());
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(3);
            assertThat(sandbox.isConnected(CP)).isTrue();
        }

        @Test
        void aConnectorIdIsIgnored() {
            boot();
            assertThat(trigger("BootNotification", 1)).isEqualTo("Accepted");
            awaitCalls("BootNotification", 2);
        }

        @Test
        void whilePendingItLetsTheCentralSystemAcceptTheChargePointAtOnce() {
            sandbox.bootAnswer(RegistrationStatus.Pending, 600);
            addChargePoint(b -> b);
            simulator.connect().connect(ChargePointId.of(CP));
            awaitCalls("BootNotification", 1);
            events.await(EventType.REGISTRATION_CHANGED, "Pending", WAIT);
            sandbox.bootAnswer(RegistrationStatus.Accepted, 300);
            assertThat(trigger("BootNotification")).isEqualTo("Accepted");
            awaitCalls("BootNotification", 2);
            sandbox.awaitCalls(CP, "StatusNotification", p -> true, 3, WAIT);
        }
    }

    @Nested
    class Heartbeat {

        @Test
        void isSentAtOnce() {
            boot();
            assertThat(trigger("Heartbeat")).isEqualTo("Accepted");
            Frame heartbeat = awaitCalls("Heartbeat", 1).getFirst();
            assertThat(awaitAnswer(heartbeat.uniqueId()).payload().has("currentTime")).isTrue();
            awaitNoCallInFlight();
            assertThat(calls("Heartbeat")).hasSize(1);
        }

        @Test
        void whilePendingTheTriggeredHeartbeatIsSent() {
            sandbox.bootAnswer(RegistrationStatus.Pending, 600);
            addChargePoint(b -> b);
            simulator.connect().connect(ChargePointId.of(CP));
            events.await(EventType.REGISTRATION_CHANGED, "Pending", WAIT);
            assertThat(trigger("Heartbeat")).isEqualTo("Accepted");
            awaitCalls("Heartbeat", 1);
        }
    }

    @Nested
    class StatusNotification {

        @Test
        void forOneConnectorReportsItsStatusNow() {
            boot();
            startCharging(2, "user1");
            int before = calls("StatusNotification").size();
            assertThat(trigger("StatusNotification", 2)).isEqualTo("Accepted");
            List<Frame> all = awaitCalls("StatusNotification", before + 1);
            JsonNode report = all.getLast().payload();
            assertThat(report.path("connectorId").asInt()).isEqualTo(2);
            assertThat(report.path("status").asText()).isEqualTo("Charging");
            assertThat(report.path("errorCode").asText()).isEqualTo("NoError");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(before + 1);
        }

        @Test
        void forConnectorZeroReportsTheChargePoint() {
            boot();
            assertThat(trigger("StatusNotification", 0)).isEqualTo("Accepted");
            awaitStatusesEndWith(0, "Available", "Available");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(4);
        }

        @Test
        void withoutAConnectorIdReportsConnectorZeroAndEveryConnector() {
            boot();
            simulator.plugIn().plugIn(connector(1));
            awaitStatusesEndWith(1, "Preparing");
            awaitNoCallInFlight();
            assertThat(trigger("StatusNotification")).isEqualTo("Accepted");
            List<Frame> all = awaitCalls("StatusNotification", 7);
            assertThat(all.subList(4, 7)).extracting(f -> f.payload().path("connectorId").asInt() + " "
                    + f.payload().path("status").asText()).containsExactly("0 Available", "1 Preparing", "2 Available");
        }

        @Test
        void aFaultIsReportedWithItsErrorCode() {
            boot();
            simulator.injectFault().injectFault(new InjectFaultCommand(connector(1),
                    new Fault(ChargePointErrorCode.HighTemperature, "too hot", "T-42")));
            awaitStatusesEndWith(1, "Faulted");
            trigger("StatusNotification", 1);
            awaitStatusesEndWith(1, "Faulted", "Faulted");
            JsonNode report = calls("StatusNotification").getLast().payload();
            assertThat(report.path("errorCode").asText()).isEqualTo("HighTemperature");
            assertThat(report.path("info").asText()).isEqualTo("too hot");
            assertThat(report.path("vendorErrorCode").asText()).isEqualTo("T-42");
        }
    }

    @Nested
    class MeterValues {

        @Test
        void forAConnectorWithATransactionBelongToIt() {
            boot(b -> b.meterValueSampleInterval(Duration.ZERO));
            int tx = startCharging(1, "user1");
            advance(Duration.ofMinutes(10));
            assertThat(trigger("MeterValues", 1)).isEqualTo("Accepted");
            JsonNode values = awaitCall("MeterValues", p -> true).payload();
            assertThat(values.path("connectorId").asInt()).isEqualTo(1);
            assertThat(values.path("transactionId").asInt()).isEqualTo(tx);
            JsonNode sampled = values.path("meterValue").path(0).path("sampledValue");
            assertThat(sampled).allSatisfy(v -> assertThat(v.path("context").asText()).isEqualTo("Trigger"));
            assertThat(sampled.findValuesAsText("measurand")).contains("Energy.Active.Import.Register");
            assertThat(values.path("meterValue").path(0).path("timestamp").asText()).isEqualTo(time.now().toString());
        }

        @Test
        void forConnectorZeroTheMainMeterReports() {
            boot();
            assertThat(trigger("MeterValues", 0)).isEqualTo("Accepted");
            JsonNode values = awaitCall("MeterValues", p -> true).payload();
            assertThat(values.path("connectorId").asInt()).isZero();
            assertThat(values.has("transactionId")).isFalse();
        }

        @Test
        void withoutAConnectorIdEveryConnectorReports() {
            boot(b -> b.meterValueSampleInterval(Duration.ZERO));
            int tx = startCharging(2, "user1");
            assertThat(trigger("MeterValues")).isEqualTo("Accepted");
            List<Frame> values = awaitCalls("MeterValues", 2);
            assertThat(values.get(0).payload().path("connectorId").asInt()).isEqualTo(1);
            assertThat(values.get(0).payload().has("transactionId")).isFalse();
            assertThat(values.get(1).payload().path("connectorId").asInt()).isEqualTo(2);
            assertThat(values.get(1).payload().path("transactionId").asInt()).isEqualTo(tx);
            awaitNoCallInFlight();
            assertThat(calls("MeterValues")).hasSize(2);
        }
    }

    @Nested
    class FirmwareAndDiagnostics {

        @Test
        void withNothingGoingOnBothReportIdle() {
            boot();
            assertThat(trigger("FirmwareStatusNotification")).isEqualTo("Accepted");
            assertThat(awaitCall("FirmwareStatusNotification", p -> true).payload().path("status").asText())
                    .isEqualTo("Idle");
            assertThat(trigger("DiagnosticsStatusNotification")).isEqualTo("Accepted");
            assertThat(awaitCall("DiagnosticsStatusNotification", p -> true).payload().path("status").asText())
                    .isEqualTo("Idle");
        }

        @Test
        void duringADownloadTheFirmwareStatusSaysDownloading() {
            boot();
            int mark = scheduler.mark();
            call("UpdateFirmware", payload("location", "http://files.example.com/fw-v9.bin", "retrieveDate",
                    time.now()));
            scheduler.awaitScheduled(mark, Duration::isZero, WAIT);
            time.runDueTasks();
            awaitCall("FirmwareStatusNotification", p -> p.path("status").asText().equals("Downloading"));
            assertThat(trigger("FirmwareStatusNotification", 1)).isEqualTo("Accepted");
            List<Frame> reports = awaitCalls("FirmwareStatusNotification", 2);
            assertThat(reports.get(1).payload().path("status").asText()).isEqualTo("Downloading");
        }

        @Test
        void afterAnUploadTheDiagnosticsStatusIsIdleAgain() {
            boot();
            call("GetDiagnostics", payload("location", "ftp://diag.example.com/"));
            awaitCalls("DiagnosticsStatusNotification", 2);
            trigger("DiagnosticsStatusNotification");
            List<Frame> reports = awaitCalls("DiagnosticsStatusNotification", 3);
            assertThat(reports).extracting(f -> f.payload().path("status").asText())
                    .containsExactly("Uploading", "Uploaded", "Idle");
        }
    }

    @Test
    void aConnectorTheChargePointDoesNotHaveIsRejectedForEveryMessage() {
        boot();
        for (String message : List.of("BootNotification", "DiagnosticsStatusNotification",
                "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification")) {
            assertThat(trigger(message, 3)).as(message).isEqualTo("Rejected");
        }
        assertThat(trigger("StatusNotification", -1)).isEqualTo("Rejected");
        awaitNoCallInFlight();
        assertThat(actions()).containsExactly("BootNotification", "StatusNotification", "StatusNotification",
                "StatusNotification");
    }

    @Test
    void aChargePointWithoutTheProfileAnswersNotSupported() {
        boot(b -> b.featureProfiles(EnumSet.of(FeatureProfile.Core)));
        assertThat(callError("TriggerMessage", payload("requestedMessage", "Heartbeat")).errorCode())
                .isEqualTo("NotSupported");
        awaitNoCallInFlight();
        assertThat(calls("Heartbeat")).isEmpty();
    }
}
