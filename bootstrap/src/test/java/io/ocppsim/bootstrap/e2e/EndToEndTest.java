package io.ocppsim.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocppsim.adapter.config.SimulatorConfig;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import io.ocppsim.application.testing.VirtualTime;
import io.ocppsim.bootstrap.SimulatorRuntime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole simulator as a user runs it: the runtime on its sandbox Central System, driven over
 * HTTP through the REST API, the README's flows step by step, checked at the Central System's end
 * of the wire. Time is virtual; the network (loopback) is real, so every step waits for what the
 * Central System receives, with a deadline.
 */
class EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VirtualTime time = new VirtualTime();
    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatorRuntime runtime;
    private SandboxCentralSystem centralSystem;
    private CallsInFlight callsInFlight;
    private String id;

    @BeforeEach
    void start() {
        SimulatorConfig config = SimulatorConfig.defaults().withBind("127.0.0.1", 0).withConnectorCount(2)
                .withMeterValuesInterval(Duration.ofSeconds(60));
        runtime = SimulatorRuntime.start(config,
                new SimulatorRuntime.Environment(time, time.clock(), new SplittableRandom(3), () -> { }));
        centralSystem = runtime.sandbox().orElseThrow();
        callsInFlight = new CallsInFlight(runtime.events());
        id = runtime.chargePointId().value();
        invalidPayloadsBefore = OcppTransport.invalidPayloadsRefused();
        centralSystem.awaitCalls(id, "StatusNotification", payload -> true, 3, WAIT);
    }

    private long invalidPayloadsBefore;

    @AfterEach
    void stop() throws Exception {
        callsInFlight.close();
        runtime.close();
        assertThat(centralSystem.violations()).as("frames a strict Central System would reject").isEmpty();
        assertThat(OcppTransport.invalidPayloadsRefused() - invalidPayloadsBefore)
                .as("payloads the simulator built that broke the schema").isZero();
    }

    @Test
    void theBasicChargingFlowReachesTheCentralSystemInOrder() throws Exception {
        assertThat(post("/connectors/1/plug-in").path("status").asText()).isEqualTo("Preparing");
        JsonNode charging = post("/connectors/1/start-transaction?id_tag=user123");
        assertThat(charging.path("status").asText()).isEqualTo("Charging");
        int transactionId = charging.path("transaction").path("transaction_id").asInt();

        callsInFlight.awaitNone(WAIT);
        time.advance(Duration.ofSeconds(60));
        centralSystem.awaitCall(id, "MeterValues", WAIT);

        assertThat(post("/connectors/1/stop-transaction").path("status").asText()).isEqualTo("Finishing");
        assertThat(post("/connectors/1/plug-out").path("status").asText()).isEqualTo("Available");
        awaitStatus(1, "Available", 2);

        List<String> calls = centralSystem.calls(id).stream().map(EndToEndTest::describe).toList();
        assertThat(calls.subList(0, 8)).containsExactly(
                "BootNotification", "StatusNotification 0 Available", "StatusNotification 1 Available",
                "StatusNotification 2 Available", "StatusNotification 1 Preparing", "Authorize",
                "StartTransaction", "StatusNotification 1 Charging");
        assertThat(calls.get(8)).isEqualTo("MeterValues");
        assertThat(calls.subList(9, 11)).containsExactlyInAnyOrder("StopTransaction",
                "StatusNotification 1 Finishing");
        assertThat(calls.subList(11, calls.size())).containsExactly("StatusNotification 1 Available");

        JsonNode start = centralSystem.awaitCall(id, "StartTransaction", WAIT).payload();
        JsonNode stop = centralSystem.awaitCall(id, "StopTransaction", WAIT).payload();
        assertThat(stop.path("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(stop.path("meterStop").asLong()).isGreaterThan(start.path("meterStart").asLong());
        assertThat(stop.path("reason").asText()).isEqualTo("Local");
    }

    @Test
    void theReadmeWalkThroughWithAFaultWorksAsWritten() throws Exception {
        assertThat(get("/status").path("charge_points").get(0).path("connection").path("online").asBoolean())
                .isTrue();
        post("/connectors/1/plug-in");
        post("/connectors/1/start-transaction?id_tag=user123");
        JsonNode faulted = post("/connectors/1/fault",
                "{\"error_code\": \"OverVoltage\", \"info\": \"Simulated overvoltage\"}");
        assertThat(faulted.path("status").asText()).isEqualTo("Faulted");
        JsonNode faultReport = awaitStatus(1, "Faulted", 1).payload();
        assertThat(faultReport.path("errorCode").asText()).isEqualTo("OverVoltage");
        assertThat(faultReport.path("info").asText()).isEqualTo("Simulated overvoltage");

        assertThat(post("/connectors/1/clear-fault").path("status").asText()).isEqualTo("Charging");
        assertThat(post("/connectors/1/stop-transaction").path("status").asText()).isEqualTo("Finishing");
        assertThat(post("/connectors/1/plug-out").path("status").asText()).isEqualTo("Available");
        awaitStatus(1, "Available", 2);
        assertThat(get("/events?limit=200").findValuesAsText("type")).contains("connector_plugged_in",
                "transaction_started", "fault_injected", "fault_cleared", "transaction_stopped");
    }

    @Test
    void aGroundFailureStopsTheTransactionWithEmergencyStop() throws Exception {
        post("/connectors/2/plug-in", "{\"soc\": 30, \"capacity_wh\": 40000}");
        post("/connectors/2/start-transaction?id_tag=user123");
        assertThat(post("/connectors/2/ev-suspend").path("status").asText()).isEqualTo("SuspendedEV");
        JsonNode resumed = post("/connectors/2/ev-resume");
        assertThat(resumed.path("status").asText()).isEqualTo("Charging");
        assertThat(resumed.path("ev").path("soc_percent").asDouble()).isBetween(30.0, 31.0);
        assertThat(get("/stats").path("active_transactions").get(0).path("connector_id").asInt()).isEqualTo(2);

        assertThat(post("/connectors/2/fault", "{\"error_code\": \"GroundFailure\"}").path("status").asText())
                .isEqualTo("Faulted");
        Frame stop = centralSystem.awaitCall(id, "StopTransaction", WAIT);
        assertThat(stop.payload().path("reason").asText()).isEqualTo("EmergencyStop");
        assertThat(post("/connectors/2/clear-fault").path("status").asText()).isEqualTo("Finishing");
        assertThat(get("/stats").path("faults_injected").asInt()).isEqualTo(1);
    }

    @Test
    void unpluggingDuringChargingStopsTheTransactionWithEvDisconnected() throws Exception {
        post("/connectors/2/plug-in");
        post("/connectors/2/start-transaction?id_tag=user123");
        assertThat(post("/connectors/2/plug-out").path("status").asText()).isEqualTo("Available");
        Frame stop = centralSystem.awaitCall(id, "StopTransaction", WAIT);
        assertThat(stop.payload().path("reason").asText()).isEqualTo("EVDisconnected");
    }

    @Test
    void theConnectionCanBeDroppedAndRestoredOverTheApi() throws Exception {
        assertThat(post("/connection/disconnect").path("state").asText()).isEqualTo("DISCONNECTED");
        centralSystem.awaitDisconnected(id, WAIT);
        assertThat(post("/connection/connect").path("state").asText()).isIn("CONNECTING", "CONNECTED");
        centralSystem.awaitCalls(id, "BootNotification", payload -> true, 2, WAIT);
        centralSystem.awaitCalls(id, "StatusNotification", payload -> true, 6, WAIT);
        assertThat(get("/connection/status").path("online").asBoolean()).isTrue();
        assertThat(get("/system/health").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aRemoteStartOfTheCentralSystemChargesAndItsRemoteStopEndsIt() throws Exception {
        post("/connectors/1/plug-in");
        callsInFlight.awaitNone(WAIT);
        JsonNode accepted = centralSystem.send(id, "RemoteStartTransaction",
                JSON.readTree("{\"idTag\":\"remote1\",\"connectorId\":1}")).get(10, TimeUnit.SECONDS);
        assertThat(accepted.path("status").asText()).isEqualTo("Accepted");
        Frame start = centralSystem.awaitCall(id, "StartTransaction", WAIT);
        assertThat(start.payload().path("idTag").asText()).isEqualTo("remote1");
        awaitStatus(1, "Charging", 1);
        int transactionId = get("/connectors/1").path("transaction").path("transaction_id").asInt();

        JsonNode stopped = centralSystem.send(id, "RemoteStopTransaction",
                JSON.readTree("{\"transactionId\":" + transactionId + "}")).get(10, TimeUnit.SECONDS);
        assertThat(stopped.path("status").asText()).isEqualTo("Accepted");
        Frame stop = centralSystem.awaitCall(id, "StopTransaction", WAIT);
        assertThat(stop.payload().path("reason").asText()).isEqualTo("Remote");
        assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(transactionId);
    }

    @Test
    void theConfigurationIsTheSameOverRestAndOverOcpp() throws Exception {
        JsonNode changed = put("/configuration/MeterValueSampleInterval", "{\"value\": \"30\"}");
        assertThat(changed.path("status").asText()).isEqualTo("Accepted");
        JsonNode answer = centralSystem.send(id, "GetConfiguration",
                JSON.readTree("{\"key\":[\"MeterValueSampleInterval\",\"NoSuchKey\"]}")).get(10, TimeUnit.SECONDS);
        assertThat(answer.path("configurationKey").path(0).path("value").asText()).isEqualTo("30");
        assertThat(answer.path("unknownKey").path(0).asText()).isEqualTo("NoSuchKey");

        centralSystem.send(id, "ChangeConfiguration", JSON.readTree(
                "{\"key\":\"HeartbeatInterval\",\"value\":\"120\"}")).get(10, TimeUnit.SECONDS);
        assertThat(get("/configuration").path("configuration").findValuesAsText("key")).contains("HeartbeatInterval")
                .doesNotContain("AuthorizationKey");
        assertThat(get("/configuration").path("configuration")).anySatisfy(key -> {
            assertThat(key.path("key").asText()).isEqualTo("HeartbeatInterval");
            assertThat(key.path("value").asText()).isEqualTo("120");
        });
    }

    @Test
    void aReservationShowsOnTheConnector() throws Exception {
        JsonNode reserved = centralSystem.send(id, "ReserveNow", JSON.readTree("{\"connectorId\":2,"
                + "\"expiryDate\":\"" + time.clock().instant().plus(Duration.ofHours(1)) + "\","
                + "\"idTag\":\"owner\",\"reservationId\":42}")).get(10, TimeUnit.SECONDS);
        assertThat(reserved.path("status").asText()).isEqualTo("Accepted");
        JsonNode connector = get("/connectors/2");
        assertThat(connector.path("status").asText()).isEqualTo("Reserved");
        assertThat(connector.path("reservation").path("reservation_id").asInt()).isEqualTo(42);
        awaitStatus(2, "Reserved", 1);
    }

    private Frame awaitStatus(int connector, String status, int occurrence) {
        return centralSystem.awaitCalls(id, "StatusNotification",
                p -> p.path("connectorId").asInt() == connector && p.path("status").asText().equals(status),
                occurrence, WAIT).get(occurrence - 1);
    }

    private static String describe(Frame call) {
        if (!call.action().equals("StatusNotification")) {
            return call.action();
        }
        return call.action() + " " + call.payload().path("connectorId").asInt() + " "
                + call.payload().path("status").asText();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return data(http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode post(String path) throws IOException, InterruptedException {
        return data(http.send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        return data(http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode put(String path, String json) throws IOException, InterruptedException {
        return data(http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private URI url(String path) {
        return URI.create(runtime.restUrl() + path);
    }

    private static JsonNode data(HttpResponse<String> response) throws IOException {
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("success").asBoolean()).as("%s %s", response.statusCode(), response.body()).isTrue();
        return body.path("data");
    }
}
