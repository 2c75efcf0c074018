package io.ocppsim.adapter.ocpp.sandbox;

import static io.ocppsim.adapter.ocpp.sandbox.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreActionsTest extends SandboxTestSupport {

    private final OcppSchemas schemas = new OcppSchemas(TestChargePoint.MAPPER);

    @Test
    void acceptsABootNotificationWithTheConfiguredIntervalAndTheTimeInUtc() {
        cs.heartbeatInterval(42);
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");

        JsonNode answer = chargePoint.callOk("BootNotification", Payloads.boot());

        assertThat(answer.get("status").asText()).isEqualTo("Accepted");
        assertThat(answer.get("interval").isInt()).isTrue();
        assertThat(answer.get("interval").intValue()).isEqualTo(42);
        assertThat(answer.get("currentTime").asText()).endsWith("Z");
        assertThat(Instant.parse(answer.get("currentTime").asText())).isCloseTo(Instant.now(),
                within(1, ChronoUnit.MINUTES));
        assertThat(schemas.validate(OcppSchemas.Kind.RESPONSE, "BootNotification", answer)).isEmpty();
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void answersPendingAndRejectedWhenToldTo() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");

        cs.bootAnswer(RegistrationStatus.Pending, 10);
        JsonNode pending = chargePoint.callOk("BootNotification", Payloads.boot());
        cs.bootAnswer(RegistrationStatus.Rejected, 20);
        JsonNode rejected = chargePoint.callOk("BootNotification", Payloads.boot());

        assertThat(pending.get("status").asText()).isEqualTo("Pending");
        assertThat(pending.get("interval").intValue()).isEqualTo(10);
        assertThat(rejected.get("status").asText()).isEqualTo("Rejected");
        assertThat(rejected.get("interval").intValue()).isEqualTo(20);
        assertThat(schemas.validate(OcppSchemas.Kind.RESPONSE, "BootNotification", rejected)).isEmpty();
    }

    @Test
    void answersHeartbeatWithTheCurrentTime() {
        TestChargePoint chargePoint = booted("CP-1");

        JsonNode answer = chargePoint.callOk("Heartbeat", Payloads.empty());

        assertThat(answer.fieldNames()).toIterable().containsExactly("currentTime");
        assertThat(answer.get("currentTime").asText()).endsWith("Z");
    }

    @Test
    void authorizesUnknownIdTagsAndRefusesBlockedOnesIgnoringCase() {
        cs.idTagStatus("BLOCKED-1", AuthorizationStatus.Blocked).idTagStatus("gone", AuthorizationStatus.Expired);
        TestChargePoint chargePoint = booted("CP-1");

        assertThat(chargePoint.callOk("Authorize", Payloads.authorize("TAG-1")))
                .isEqualTo(json("{'idTagInfo':{'status':'Accepted'}}"));
        assertThat(chargePoint.callOk("Authorize", Payloads.authorize("blocked-1")))
                .isEqualTo(json("{'idTagInfo':{'status':'Blocked'}}"));
        assertThat(chargePoint.callOk("Authorize", Payloads.authorize("GONE")))
                .isEqualTo(json("{'idTagInfo':{'status':'Expired'}}"));
    }

    @Test
    void issuesIncrementingTransactionIdsAcrossChargePointsAndRecordsTheStop() {
        cs.idTagStatus("BAD", AuthorizationStatus.Invalid);
        TestChargePoint one = booted("CP-1");
        TestChargePoint two = booted("CP-2");

        JsonNode first = one.callOk("StartTransaction", Payloads.startTransaction(1, "TAG-1", 100));
        JsonNode second = two.callOk("StartTransaction", Payloads.startTransaction(1, "BAD", 0));
        JsonNode stop = one.callOk("StopTransaction", Payloads.stopTransaction(1, 1500, "EVDisconnected"));

        assertThat(first).isEqualTo(json("{'transactionId':1,'idTagInfo':{'status':'Accepted'}}"));
        assertThat(second).isEqualTo(json("{'transactionId':2,'idTagInfo':{'status':'Invalid'}}"));
        assertThat(stop).isEqualTo(json("{}"));
        SandboxTransaction stopped = cs.transaction(1).orElseThrow();
        assertThat(stopped.chargePointId()).isEqualTo("CP-1");
        assertThat(stopped.meterStart()).isEqualTo(100);
        assertThat(stopped.startedAt()).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(stopped.stop()).contains(new SandboxTransaction.Stop(1500,
                Instant.parse("2025-01-01T11:00:00.250Z"), "EVDisconnected", Optional.empty()));
        assertThat(cs.transaction(2).orElseThrow().isRunning()).isTrue();
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void answersStopTransactionWithIdTagInfoWhenAnIdTagIsGiven() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StartTransaction", Payloads.startTransaction(1, "TAG-1", 100));

        JsonNode stop = chargePoint.callOk("StopTransaction",
                json("{'transactionId':1,'idTag':'TAG-1','meterStop':200,'timestamp':'2025-01-01T11:00:00Z'}"));

        assertThat(stop).isEqualTo(json("{'idTagInfo':{'status':'Accepted'}}"));
        assertThat(cs.transaction(1).orElseThrow().stop().orElseThrow().reason()).isEqualTo("Local");
    }

    @Test
    void answersButFlagsAStopOfATransactionItNeverIssued() {
        TestChargePoint chargePoint = booted("CP-1");

        JsonNode stop = chargePoint.callOk("StopTransaction", Payloads.stopTransaction(77, 1500, "Local"));

        assertThat(stop).isEqualTo(json("{}"));
        assertThat(cs.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(Violation.Kind.TRANSACTION);
            assertThat(violation.detail()).contains("77");
        });
    }

    @Test
    void flagsAMeterGoingBackwardsAndASecondStop() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StartTransaction", Payloads.startTransaction(1, "TAG-1", 1000));

        chargePoint.callOk("StopTransaction", Payloads.stopTransaction(1, 900, "Local"));
        chargePoint.callOk("StopTransaction", Payloads.stopTransaction(1, 1000, "Local"));

        assertThat(cs.violations()).extracting(Violation::detail).satisfiesExactly(
                detail -> assertThat(detail).contains("meterStop 900 is below meterStart 1000"),
                detail -> assertThat(detail).contains("already stopped"));
    }

    @Test
    void answersEveryOtherChargePointRequestWithASchemaValidAnswer() {
        TestChargePoint chargePoint = booted("CP-1");
        int transactionId = chargePoint.callOk("StartTransaction", Payloads.startTransaction(1, "T", 0))
                .get("transactionId").intValue();

        assertThat(chargePoint.callOk("StatusNotification", Payloads.status(1, "Charging"))).isEqualTo(json("{}"));
        assertThat(chargePoint.callOk("MeterValues", Payloads.meterValues(transactionId))).isEqualTo(json("{}"));
        assertThat(chargePoint.callOk("DiagnosticsStatusNotification", json("{'status':'Uploaded'}")))
                .isEqualTo(json("{}"));
        assertThat(chargePoint.callOk("FirmwareStatusNotification", json("{'status':'Installed'}")))
                .isEqualTo(json("{}"));
        assertThat(chargePoint.callOk("DataTransfer", json("{'vendorId':'com.example','messageId':'m'}")))
                .isEqualTo(json("{'status':'UnknownVendorId'}"));

        assertThat(cs.frames("CP-1")).filteredOn(frame -> frame.direction() == Direction.OUT)
                .allSatisfy(frame -> {
                    assertThat(frame.type()).isEqualTo(MessageType.CALL_RESULT);
                    assertThat(schemas.validate(OcppSchemas.Kind.RESPONSE, frame.action(), frame.payload()))
                            .isEmpty();
                });
        assertThat(cs.violations()).isEmpty();
    }

    @Test
    void recordsEveryFrameInOrderWithItsAction() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("Heartbeat", Payloads.empty());

        assertThat(cs.frames("CP-1")).extracting(Frame::direction, Frame::type, Frame::action).containsExactly(
                tuple(Direction.IN, MessageType.CALL, "BootNotification"),
                tuple(Direction.OUT, MessageType.CALL_RESULT, "BootNotification"),
                tuple(Direction.IN, MessageType.CALL, "Heartbeat"),
                tuple(Direction.OUT, MessageType.CALL_RESULT, "Heartbeat"));
        assertThat(cs.calls("CP-1")).extracting(Frame::action).containsExactly("BootNotification", "Heartbeat");
        assertThat(cs.calls("CP-1").getFirst().parsed()).isNotNull();

        cs.clear();

        assertThat(cs.frames()).isEmpty();
    }

    @Test
    void flagsRequestsBeforeTheChargePointWasAccepted() {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, "CP-1");

        chargePoint.callOk("StatusNotification", Payloads.status(0, "Available"));
        cs.bootAnswer(RegistrationStatus.Pending, 30);
        chargePoint.callOk("BootNotification", Payloads.boot());
        chargePoint.callOk("Heartbeat", Payloads.empty());

        assertThat(cs.violations()).extracting(Violation::kind, Violation::action).containsExactly(
                tuple(Violation.Kind.SEQUENCE, "StatusNotification"),
                tuple(Violation.Kind.SEQUENCE, "Heartbeat"));
    }
}
