package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.ocppsim.adapter.ocpp.in.CentralSystemCallHandler;
import io.ocppsim.adapter.ocpp.sandbox.CallErrorException;
import io.ocppsim.adapter.ocpp.sandbox.ErrorCode;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.adapter.ocpp.sandbox.MessageType;
import io.ocppsim.adapter.ocpp.sandbox.RegistrationStatus;
import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.service.Simulator;
import io.ocppsim.application.testing.FakeFileTransfer;
import io.ocppsim.application.testing.RecordingEventPublisher;
import io.ocppsim.application.testing.VirtualTime;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.transaction.IdTag;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The application's charge point over the real OCPP-J transport, against the sandbox Central
 * System on loopback. The application runs on virtual time (heartbeats, call timeouts, backoff);
 * the network is real, so the test waits for frames with a deadline.
 */
class ChargePointOverOcppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CP = "CP-OCPP-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VirtualTime time = new VirtualTime();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final SandboxCentralSystem sandbox = new SandboxCentralSystem().start();
    private final OcppTransport transport = new OcppTransport(time,
            new OcppTransport.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)), events, time.clock());
    private final CentralSystemCallHandler callHandler = new CentralSystemCallHandler();
    private final FakeFileTransfer files = new FakeFileTransfer();
    private final Simulator simulator = new Simulator(new OcppCentralSystem(transport, callHandler), files,
            events, events, time, time.clock(), new SplittableRandom(7), "test");

    {
        callHandler.bind(simulator.centralSystemRequests());
    }

    @AfterEach
    void stop() {
        simulator.simulatorStatus().chargePoints().forEach(id -> simulator.disconnect().disconnect(id));
        transport.close();
        sandbox.stop();
        assertThat(sandbox.violations()).as("frames a strict Central System would reject").isEmpty();
    }

    private void addChargePoint(UnaryOperator<ChargePointSettings.Builder> settings) {
        simulator.addChargePoint().addChargePoint(settings.apply(ChargePointSettings
                .builder(ChargePointId.of(CP), URI.create(sandbox.url())).connectorCount(2)
                .reconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(8))).build());
    }

    private void connect() {
        addChargePoint(b -> b);
        simulator.connect().connect(ChargePointId.of(CP));
    }

    private void connectAndBoot() {
        connect();
        awaitStatusNotifications(3);
    }

    private List<Frame> awaitStatusNotifications(int count) {
        return sandbox.awaitCalls(CP, "StatusNotification", payload -> true, count, WAIT);
    }

    private static ConnectorRef connector(int id) {
        return ConnectorRef.of(ChargePointId.of(CP), id);
    }

    @Test
    void bootsWithItsIdentityAndReportsEveryConnector() {
        connectAndBoot();
        Frame boot = sandbox.awaitCall(CP, "BootNotification", WAIT);
        assertThat(boot.payload().path("chargePointVendor").asText()).isEqualTo("ocpp-simulator");
        assertThat(awaitStatusNotifications(3)).extracting(f -> f.payload().path("connectorId").asInt())
                .containsExactly(0, 1, 2);
        assertThat(awaitStatusNotifications(3)).allSatisfy(f -> {
            assertThat(f.payload().path("status").asText()).isEqualTo("Available");
            assertThat(f.payload().path("errorCode").asText()).isEqualTo("NoError");
        });
        assertThat(simulator.connectionStatus().connectionStatus(ChargePointId.of(CP)).online()).isTrue();
    }

    @Test
    void aBasicChargingSessionReachesTheCentralSystemInOrder() throws Exception {
        connectAndBoot();
        simulator.plugIn().plugIn(connector(1));
        var view = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                IdTag.of("user123"))).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(view.transaction().transactionId()).isNotNull();
        awaitNoCallInFlight();
        time.advance(Duration.ofSeconds(60));
        sandbox.awaitCall(CP, "MeterValues", WAIT);
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        Frame stop = sandbox.awaitCall(CP, "StopTransaction", WAIT);
        awaitAnswer(stop);
        assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(view.transaction().transactionId());
        assertThat(stop.payload().path("meterStop").asLong()).isGreaterThanOrEqualTo(
                sandbox.awaitCall(CP, "StartTransaction", WAIT).payload().path("meterStart").asLong());
        assertThat(sandbox.transactions()).singleElement().satisfies(tx -> assertThat(tx.toString()).contains("Local"));
    }

    @Nested
    class Boot {

        @Test
        void pendingIsAskedAgainAfterTheIntervalAndSendsNothingElse() {
            sandbox.bootAnswer(RegistrationStatus.Pending, 20);
            connect();
            Frame first = sandbox.awaitCall(CP, "BootNotification", WAIT);
            awaitAnswer(first);
            events.await(EventType.REGISTRATION_CHANGED, "Pending", WAIT);
            awaitNoCallInFlight();
            sandbox.bootAnswer(RegistrationStatus.Accepted, 60);
            time.advance(Duration.ofSeconds(20));
            awaitStatusNotifications(3);
            assertThat(sandbox.calls(CP)).extracting(Frame::action).startsWith("BootNotification",
                    "BootNotification", "StatusNotification");
        }

        @Test
        void whilePendingTheCentralSystemConfiguresTheChargePoint() throws Exception {
            sandbox.bootAnswer(RegistrationStatus.Pending, 20);
            connect();
            awaitAnswer(sandbox.awaitCall(CP, "BootNotification", WAIT));
            events.await(EventType.REGISTRATION_CHANGED, "Pending", WAIT);
            JsonNode changed = sandbox.send(CP, "ChangeConfiguration",
                    JSON.readTree("{\"key\":\"MeterValueSampleInterval\",\"value\":\"15\"}"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(changed.path("status").asText()).isEqualTo("Accepted");
            JsonNode read = sandbox.send(CP, "GetConfiguration",
                    JSON.readTree("{\"key\":[\"MeterValueSampleInterval\"]}")).get(10, TimeUnit.SECONDS);
            assertThat(read.path("configurationKey").path(0).path("value").asText()).isEqualTo("15");
            awaitNoCallInFlight();
            sandbox.bootAnswer(RegistrationStatus.Accepted, 60);
            time.advance(Duration.ofSeconds(20));
            awaitStatusNotifications(3);
        }

        @Test
        void rejectedSendsNothingUntilTheIntervalHasPassed() {
            sandbox.bootAnswer(RegistrationStatus.Rejected, 30);
            connect();
            awaitAnswer(sandbox.awaitCall(CP, "BootNotification", WAIT));
            events.await(EventType.REGISTRATION_CHANGED, "Rejected", WAIT);
            awaitNoCallInFlight();
            time.advance(Duration.ofSeconds(29));
            assertThat(sentFrames()).hasSize(1);
            time.advance(Duration.ofSeconds(1));
            sandbox.awaitCalls(CP, "BootNotification", p -> true, 2, WAIT);
            assertThat(sentFrames()).hasSize(2);
        }
    }

    @Nested
    class CallsThatGoWrong {

        @Test
        void aCallWithoutAnswerTimesOut() {
            connectAndBoot();
            sandbox.dontAnswer("Authorize");
            simulator.plugIn().plugIn(connector(1));
            var started = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                    IdTag.of("user123"))).toCompletableFuture();
            sandbox.awaitCall(CP, "Authorize", WAIT);
            time.advance(Duration.ofSeconds(30));
            assertRefused(started, RefusedException.Reason.CENTRAL_SYSTEM_TIMEOUT);
        }

        @Test
        void aCallErrorIsReportedAsSuch() {
            connectAndBoot();
            sandbox.answerWithError("Authorize", ErrorCode.InternalError, "database down");
            simulator.plugIn().plugIn(connector(1));
            var started = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                    IdTag.of("user123"))).toCompletableFuture();
            assertRefused(started, RefusedException.Reason.CENTRAL_SYSTEM_ERROR);
            assertThatThrownBy(started::join).hasMessageContaining("InternalError").hasMessageContaining(
                    "database down");
        }

        @Test
        void anAnswerThatBreaksTheSchemaFailsTheCall() {
            connectAndBoot();
            sandbox.dontAnswer("Authorize");
            simulator.plugIn().plugIn(connector(1));
            var started = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                    IdTag.of("user123"))).toCompletableFuture();
            Frame authorize = sandbox.awaitCall(CP, "Authorize", WAIT);
            sandbox.sendRaw(CP, "[3,\"" + authorize.uniqueId() + "\",{\"idTagInfo\":{\"status\":\"Maybe\"}}]");
            assertRefused(started, RefusedException.Reason.CENTRAL_SYSTEM_ERROR);
            events.await(EventType.OCPP_MESSAGE_RECEIVED, "invalid Authorize answer", WAIT);
        }

        @Test
        void onlyOneCallIsInFlightAtATime() {
            connectAndBoot();
            sandbox.dontAnswer("Authorize");
            simulator.plugIn().plugIn(connector(1));
            sandbox.awaitCalls(CP, "StatusNotification", p -> p.path("status").asText().equals("Preparing"), 1, WAIT);
            simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                    IdTag.of("user123")));
            sandbox.awaitCall(CP, "Authorize", WAIT);
            simulator.plugIn().plugIn(connector(2));
            // The StatusNotification of connector 2 waits behind the unanswered Authorize...
            assertThat(sentFrames()).last().asString().contains("\"Authorize\"");
            // ...and goes out once the Authorize has timed out.
            time.advance(Duration.ofSeconds(30));
            sandbox.awaitCalls(CP, "StatusNotification", p -> p.path("connectorId").asInt() == 2
                    && p.path("status").asText().equals("Preparing"), 1, WAIT);
            assertThat(sandbox.calls(CP)).extracting(Frame::action).endsWith("Authorize", "StatusNotification");
        }

        private void assertRefused(java.util.concurrent.CompletableFuture<?> stage, RefusedException.Reason reason) {
            assertThatThrownBy(() -> stage.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        }
    }

    @Nested
    class CallsFromTheCentralSystem {

        @Test
        void anUnknownActionIsNotImplemented() {
            connectAndBoot();
            assertCallError(sandboxCall("Teleport", "{}"), "NotImplemented");
        }

        @Test
        void anActionOfAProfileTheChargePointDoesNotSupportIsNotSupported() {
            addChargePoint(b -> b.featureProfiles(java.util.Set.of(io.ocppsim.domain.configuration.FeatureProfile.Core)));
            simulator.connect().connect(ChargePointId.of(CP));
            awaitStatusNotifications(3);
            assertCallError(sandboxCall("ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"2030-01-01T00:00:00Z\","
                    + "\"idTag\":\"user1\",\"reservationId\":1}"), "NotSupported");
        }

        @Test
        void aPayloadThatBreaksTheSchemaGetsTheMatchingError() {
            connectAndBoot();
            sandbox.sendRaw(CP, "[2,\"bad-1\",\"Reset\",{\"type\":\"Gentle\"}]");
            sandbox.sendRaw(CP, "[2,\"bad-2\",\"Reset\",{}]");
            sandbox.sendRaw(CP, "[2,\"bad-3\",\"UnlockConnector\",{\"connectorId\":\"one\"}]");
            assertThat(awaitAnswer("bad-1").errorCode()).contains("PropertyConstraintViolation");
            assertThat(awaitAnswer("bad-2").errorCode()).contains("OccurenceConstraintViolation");
            assertThat(awaitAnswer("bad-3").errorCode()).contains("TypeConstraintViolation");
        }

        @Test
        void malformedFramesAreAnsweredWhenTheyCanBeAndNeverBreakTheConnection() {
            connectAndBoot();
            sandbox.sendRaw(CP, "this is not JSON");
            sandbox.sendRaw(CP, "[2,\"short-1\",\"Reset\"]");
            sandbox.sendRaw(CP, "[2,\"obj-1\",\"Reset\",[1,2]]");
            sandbox.sendRaw(CP, "[3,\"nobody-asked\",{}]");
            assertThat(awaitAnswer("short-1").errorCode()).contains("ProtocolError");
            assertThat(awaitAnswer("obj-1").errorCode()).contains("FormationViolation");
            events.await(EventType.OCPP_MESSAGE_RECEIVED, "a CALLRESULT for no call in flight", WAIT);
            // Still connected and talking.
            time.advance(Duration.ofSeconds(300));
            sandbox.awaitCall(CP, "Heartbeat", WAIT);
        }

        @Test
        void aCallBeforeTheBootIsAnsweredIsAnswered() {
            sandbox.dontAnswer("BootNotification");
            connect();
            sandbox.awaitCall(CP, "BootNotification", WAIT);
            assertAnswered(sandboxCall("GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}"),
                    answer -> assertThat(answer.path("configurationKey").path(0).path("value").asText()).isEqualTo("300"));
        }

        @Test
        void aCallTheCentralSystemMakesAsSoonAsTheSocketOpensIsAnswered() throws Exception {
            CompletableFuture<String> reply = new CompletableFuture<>();
            WebServer eager = WebServer.builder().host("127.0.0.1").port(0)
                    .addRouting(WsRouting.builder().endpoint("/ocpp/{id}", new WsListener() {
                        @Override
                        public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
                            return Optional.of(WritableHeaders.create().set(WsUpgrader.PROTOCOL, "ocpp1.6"));
                        }

                        @Override
                        public void onOpen(WsSession session) {
                            session.send("[2,\"early-1\",\"ClearCache\",{}]", true);
                        }

                        @Override
                        public void onMessage(WsSession session, String text, boolean last) {
                            if (text.startsWith("[3,\"early-1\"")) {
                                reply.complete(text);
                            }
                        }
                    })).build().start();
            try {
                simulator.addChargePoint().addChargePoint(ChargePointSettings.builder(ChargePointId.of(CP),
                        URI.create("ws://127.0.0.1:" + eager.port() + "/ocpp")).build());
                simulator.connect().connect(ChargePointId.of(CP));
                assertThat(reply.get(10, TimeUnit.SECONDS)).contains("[3,\"early-1\",{\"status\":\"Accepted\"}]");
            } finally {
                eager.stop();
            }
        }

        @Test
        void aCallIsAnsweredWhileTheChargePointWaitsForItsOwnAnswer() {
            connectAndBoot();
            sandbox.dontAnswer("Authorize");
            simulator.plugIn().plugIn(connector(1));
            simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1),
                    IdTag.of("user123")));
            sandbox.awaitCall(CP, "Authorize", WAIT);
            assertAnswered(sandboxCall("ClearCache", "{}"),
                    answer -> assertThat(answer.path("status").asText()).isEqualTo("Accepted"));
        }

        private java.util.concurrent.CompletableFuture<JsonNode> sandboxCall(String action, String payload) {
            try {
                return sandbox.send(CP, action, JSON.readTree(payload));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private void assertAnswered(java.util.concurrent.CompletableFuture<JsonNode> answer,
                java.util.function.Consumer<JsonNode> check) {
            try {
                check.accept(answer.get(10, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private void assertCallError(java.util.concurrent.CompletableFuture<JsonNode> answer, String code) {
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(CallErrorException.class, e -> assertThat(e.toString()).contains(code));
        }
    }

    @Nested
    class Connections {

        @Test
        void aLostConnectionIsReopenedAndBootedAgain() {
            connectAndBoot();
            sandbox.disconnect(CP);
            events.await(EventType.DISCONNECTED, "connection lost", WAIT);
            assertThat(simulator.connectionStatus().connectionStatus(ChargePointId.of(CP)).state())
                    .isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
            time.advance(Duration.ofSeconds(1));
            sandbox.awaitCalls(CP, "BootNotification", p -> true, 2, WAIT);
            awaitStatusNotifications(6);
        }

        @Test
        void aRefusedConnectionIsRetriedWithBackoff() {
            String url = sandbox.url();
            sandbox.stop();
            connect();
            events.await(EventType.CONNECTION_FAILED, "connection failed", WAIT);
            var view = simulator.connectionStatus().connectionStatus(ChargePointId.of(CP));
            assertThat(view.state()).isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
            assertThat(view.lastError()).contains(url);
        }

        @Test
        void aServerThatDoesNotAgreeToOcpp16IsAClearConnectionFailure() {
            WebServer other = WebServer.builder().host("127.0.0.1").port(0)
                    .addRouting(WsRouting.builder().endpoint("/ocpp/{id}", new WsListener() {
                    })).build().start();
            try {
                simulator.addChargePoint().addChargePoint(ChargePointSettings.builder(ChargePointId.of(CP),
                        URI.create("ws://127.0.0.1:" + other.port() + "/ocpp")).build());
                simulator.connect().connect(ChargePointId.of(CP));
                var failed = events.await(EventType.CONNECTION_FAILED, "connection failed", WAIT);
                assertThat(failed.message()).contains("did not agree to WebSocket subprotocol ocpp1.6");
                assertThat(simulator.connectionStatus().connectionStatus(ChargePointId.of(CP)).state())
                        .isEqualTo(ConnectionState.WAITING_TO_RECONNECT);
            } finally {
                other.stop();
            }
        }

        @Test
        void aChargePointIdWithEveryCharacterItMayHaveConnects() {
            String odd = "Cp*-_=+@.~9";
            simulator.addChargePoint().addChargePoint(ChargePointSettings.builder(ChargePointId.of(odd),
                    URI.create(sandbox.url())).build());
            simulator.connect().connect(ChargePointId.of(odd));
            events.await(all -> all.stream().anyMatch(e -> e.type() == EventType.CONNECTED
                    || e.type() == EventType.CONNECTION_FAILED), WAIT);
            assertThat(events.events(EventType.CONNECTION_FAILED)).isEmpty();
            sandbox.awaitCalls(odd, "StatusNotification", p -> true, 3, WAIT);
        }

        @Test
        void basicAuthWithTheRightKeyIsAccepted() {
            sandbox.requirePassword(CP, "s3cret-key");
            addChargePoint(b -> b.authorizationKey("s3cret-key"));
            simulator.connect().connect(ChargePointId.of(CP));
            awaitStatusNotifications(3);
        }

        @Test
        void basicAuthWithAWrongKeyFailsClearly() {
            sandbox.requirePassword(CP, "s3cret-key");
            addChargePoint(b -> b.authorizationKey("wrong-key"));
            simulator.connect().connect(ChargePointId.of(CP));
            var failed = events.await(EventType.CONNECTION_FAILED, "connection failed", WAIT);
            assertThat(failed.message()).contains("refused the WebSocket upgrade with HTTP 401")
                    .contains("Unauthorized").doesNotContain("wrong-key");
        }

        @Test
        void anUpgradeRefusedWithNotFoundIsSaidSoAndTriedAgain() {
            simulator.addChargePoint().addChargePoint(ChargePointSettings.builder(ChargePointId.of(CP),
                    URI.create(sandbox.url().replace("/ocpp", "/nowhere")))
                    .reconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(8)).build());
            simulator.connect().connect(ChargePointId.of(CP));
            var failed = events.await(EventType.CONNECTION_FAILED, "connection failed", WAIT);
            assertThat(failed.message()).contains("HTTP 404").contains("Not Found");
            time.advance(Duration.ofSeconds(1));
            events.await(all -> all.stream().filter(e -> e.type() == EventType.CONNECTION_FAILED).count() >= 2, WAIT);
        }
    }

    /**
     * Waits until every CALL the charge point sent has had its answer read: moving virtual time
     * while an answer is still on the wire would time the call out.
     */
    private void awaitNoCallInFlight() {
        events.await(all -> {
            java.util.Set<Object> open = new java.util.HashSet<>();
            for (var e : all) {
                Object id = e.data().get("unique_id");
                if (e.type() == EventType.OCPP_MESSAGE_SENT && "CALL".equals(e.data().get("message_type"))) {
                    open.add(id);
                } else if (e.type() == EventType.OCPP_MESSAGE_RECEIVED && !"CALL".equals(e.data().get("message_type"))) {
                    open.remove(id);
                }
            }
            return open.isEmpty();
        }, WAIT);
    }

    /** The frames the charge point sent, as its own events tell (synchronously, unlike the network). */
    private List<String> sentFrames() {
        return events.events(EventType.OCPP_MESSAGE_SENT).stream()
                .map(e -> String.valueOf(e.data().get("frame"))).toList();
    }

    private Frame awaitAnswer(Frame call) {
        return awaitAnswer(call.uniqueId());
    }

    private Frame awaitAnswer(String uniqueId) {
        return sandbox.awaitFrame(f -> f.answers(uniqueId) && f.type() != MessageType.CALL, WAIT);
    }
}
