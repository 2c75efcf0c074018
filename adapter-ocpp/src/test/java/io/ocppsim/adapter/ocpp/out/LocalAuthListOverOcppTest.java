package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Local Auth List Management profile over a real loopback WebSocket: GetLocalListVersion and
 * SendLocalList (Full and Differential updates, version mismatches, size limits), and what the list
 * then decides: a listed idTag starts without Authorize under LocalPreAuthorize, and offline under
 * LocalAuthorizeOffline, its StartTransaction waiting for the connection to come back.
 */
class LocalAuthListOverOcppTest extends OverOcppTestBase {

    /** With the cache off, only the list decides locally. */
    private static final Map<String, String> LIST_ONLY = Map.of("LocalPreAuthorize", "true",
            "AuthorizationCacheEnabled", "false");

    private static Map<String, Object> entry(String idTag, String status) {
        return Map.of("idTag", idTag, "idTagInfo", Map.of("status", status));
    }

    private static Map<String, Object> removal(String idTag) {
        return Map.of("idTag", idTag);
    }

    private JsonNode sendLocalList(int version, String type, List<Map<String, Object>> entries) {
        return call("SendLocalList", payload("listVersion", version, "updateType", type,
                "localAuthorizationList", entries));
    }

    private int listVersion() {
        return call("GetLocalListVersion", payload()).path("listVersion").asInt();
    }

    private CompletableFuture<ConnectorView> present(int connectorId, String idTag) {
        return simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(connectorId),
                IdTag.of(idTag))).toCompletableFuture();
    }

    @Test
    void theVersionIsZeroBeforeAnyList() {
        boot();
        assertThat(listVersion()).isZero();
    }

    @Test
    void aFullListThenADifferentialUpdateMoveTheVersion() {
        boot();
        assertThat(sendLocalList(1, "Full", List.of(entry("alice", "Accepted"), entry("bob", "Blocked")))
                .path("status").asText()).isEqualTo("Accepted");
        assertThat(listVersion()).isEqualTo(1);
        assertThat(sendLocalList(2, "Differential", List.of(entry("carol", "Accepted"), removal("bob")))
                .path("status").asText()).isEqualTo("Accepted");
        assertThat(listVersion()).isEqualTo(2);
        assertThat(call("SendLocalList", payload("listVersion", 3, "updateType", "Differential"))
                .path("status").asText()).as("an empty differential update only moves the version").isEqualTo("Accepted");
        assertThat(listVersion()).isEqualTo(3);
    }

    @Test
    void theListSurvivesAReboot() {
        boot(b -> b.ocppConfiguration(LIST_ONLY));
        sendLocalList(4, "Full", List.of(entry("alice", "Accepted")));
        call("Reset", payload("type", "Hard"));
        events.await(EventType.REBOOTING, "Hard reset", WAIT);
        sandbox.awaitDisconnected(CP, WAIT);
        awaitBootedAgain(2);
        awaitCalls("BootNotification", 2);
        sandbox.awaitCalls(CP, "StatusNotification", p -> true, 6, WAIT);
        awaitNoCallInFlight();
        assertThat(listVersion()).isEqualTo(4);
        startCharging(1, "alice");
        assertThat(calls("Authorize")).isEmpty();
    }

    @Test
    void aDifferentialUpdateThatIsNotNewerIsAVersionMismatch() {
        boot();
        sendLocalList(5, "Full", List.of(entry("alice", "Accepted")));
        assertThat(sendLocalList(5, "Differential", List.of(entry("bob", "Accepted"))).path("status").asText())
                .isEqualTo("VersionMismatch");
        assertThat(sendLocalList(3, "Differential", List.of(entry("bob", "Accepted"))).path("status").asText())
                .isEqualTo("VersionMismatch");
        assertThat(listVersion()).isEqualTo(5);
    }

    @Test
    void moreEntriesThanSendLocalListMaxLengthFail() {
        boot(b -> b.ocppConfiguration(Map.of("SendLocalListMaxLength", "2")));
        JsonNode config = call("GetConfiguration", payload("key", List.of("SendLocalListMaxLength")));
        assertThat(config.path("configurationKey").path(0).path("value").asText()).isEqualTo("2");
        assertThat(config.path("configurationKey").path(0).path("readonly").asBoolean()).isTrue();

        assertThat(sendLocalList(1, "Full", List.of(entry("a", "Accepted"), entry("b", "Accepted"),
                entry("c", "Accepted"))).path("status").asText()).isEqualTo("Failed");
        assertThat(listVersion()).isZero();
        assertThat(sendLocalList(1, "Full", List.of(entry("a", "Accepted"), entry("b", "Accepted")))
                .path("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void malformedUpdatesFailAndChangeNothing() {
        boot();
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        assertThat(sendLocalList(2, "Full", List.of(entry("x", "Accepted"), entry("X", "Blocked")))
                .path("status").asText()).as("the same idTag twice").isEqualTo("Failed");
        assertThat(sendLocalList(2, "Full", List.of(removal("alice"))).path("status").asText())
                .as("a full list entry without idTagInfo").isEqualTo("Failed");
        assertThat(listVersion()).isEqualTo(1);
    }

    @Test
    void withTheListDisabledTheVersionIsMinusOneAndUpdatesAreNotSupported() {
        boot(b -> b.ocppConfiguration(Map.of("LocalAuthListEnabled", "false")));
        assertThat(listVersion()).as("-1: no local list support (OCPP 1.6 5.10)").isEqualTo(-1);
        assertThat(sendLocalList(1, "Full", List.of(entry("alice", "Accepted"))).path("status").asText())
                .isEqualTo("NotSupported");
    }

    @Test
    void withLocalPreAuthorizeAListedIdTagStartsWithoutAuthorize() {
        boot(b -> b.ocppConfiguration(LIST_ONLY));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        int tx = startCharging(1, "alice");
        assertThat(calls("Authorize")).isEmpty();
        assertThat(sandbox.transaction(tx).orElseThrow().idTag()).isEqualTo("alice");

        startCharging(2, "stranger");
        assertThat(calls("Authorize")).singleElement()
                .satisfies(f -> assertThat(f.payload().path("idTag").asText()).isEqualTo("stranger"));
    }

    @Test
    void withoutLocalPreAuthorizeEvenAListedIdTagIsAuthorizedFirst() {
        boot(b -> b.ocppConfiguration(Map.of("AuthorizationCacheEnabled", "false")));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        startCharging(1, "alice");
        assertThat(calls("Authorize")).hasSize(1);
    }

    @Test
    void aBlockedIdTagOnTheListIsRefusedWithoutAsking() {
        boot(b -> b.ocppConfiguration(LIST_ONLY));
        sendLocalList(1, "Full", List.of(entry("bob", "Blocked")));
        simulator.plugIn().plugIn(connector(1));
        assertThatThrownBy(() -> present(1, "bob").get(WAIT.toSeconds(), TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.AUTHORIZATION_REJECTED));
        awaitNoCallInFlight();
        assertThat(calls("Authorize")).isEmpty();
        assertThat(calls("StartTransaction")).isEmpty();
    }

    @Test
    void updatesChangeWhatTheListDecides() {
        boot(b -> b.ocppConfiguration(LIST_ONLY));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted"), entry("bob", "Blocked")));
        sendLocalList(2, "Differential", List.of(removal("bob"), entry("carol", "Accepted")));
        startCharging(1, "carol");
        startCharging(2, "bob");
        assertThat(calls("Authorize")).extracting(f -> f.payload().path("idTag").asText()).containsExactly("bob");

        sendLocalList(3, "Full", List.of(entry("dave", "Accepted")));
        stopAndLeave(1);
        startCharging(1, "alice");
        assertThat(calls("Authorize")).extracting(f -> f.payload().path("idTag").asText())
                .as("a full update replaces the whole list").containsExactly("bob", "alice");
    }

    @Test
    void offlineAListedIdTagStartsAndItsStartTransactionGoesOutAfterTheReconnect() {
        boot(b -> b.ocppConfiguration(Map.of("LocalAuthorizeOffline", "true", "AuthorizationCacheEnabled", "false")));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        sandbox.stop();
        events.await(EventType.DISCONNECTED, "connection lost", WAIT);

        simulator.plugIn().plugIn(connector(1));
        CompletableFuture<ConnectorView> started = present(1, "alice");
        ConnectorView offline = view(1);
        assertThat(offline.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(offline.transaction().transactionId()).as("no id before the Central System answers").isNull();
        assertThat(get(started).transaction().transactionId()).as("offline the answer does not wait").isNull();

        sandbox.start();
        time.advance(Duration.ofSeconds(1));
        Frame start = awaitCall("StartTransaction", p -> true);
        awaitAnswer(start.uniqueId());
        int tx = sandbox.transactions().getFirst().transactionId();
        assertThat(start.payload().path("idTag").asText()).isEqualTo("alice");
        assertThat(start.payload().path("timestamp").asText()).isEqualTo(offline.transaction().startedAt().toString());
        awaitStatusesEndWith(1, "Charging");
        awaitNoCallInFlight();
        List<String> actions = actions();
        assertThat(actions.lastIndexOf("BootNotification")).isLessThan(actions.indexOf("StartTransaction"));
        assertThat(actions.indexOf("StartTransaction")).isLessThan(actions.lastIndexOf("StatusNotification"));
        assertThat(calls("Authorize")).isEmpty();
        assertThat(sandbox.transaction(tx).orElseThrow().isRunning()).isTrue();
    }

    @Test
    void offlineAnUnknownIdTagIsRefused() {
        boot(b -> b.ocppConfiguration(Map.of("LocalAuthorizeOffline", "true")));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        sandbox.stop();
        events.await(EventType.DISCONNECTED, "connection lost", WAIT);
        simulator.plugIn().plugIn(connector(1));
        assertThatThrownBy(() -> present(1, "stranger").get(WAIT.toSeconds(), TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.NOT_CONNECTED));
        assertThat(view(1).transaction()).isNull();
    }

    @Test
    void offlineWithoutLocalAuthorizeOfflineEvenAListedIdTagIsRefused() {
        boot(b -> b.ocppConfiguration(Map.of("LocalAuthorizeOffline", "false")));
        sendLocalList(1, "Full", List.of(entry("alice", "Accepted")));
        sandbox.stop();
        events.await(EventType.DISCONNECTED, "connection lost", WAIT);
        simulator.plugIn().plugIn(connector(1));
        assertThatThrownBy(() -> present(1, "alice").get(WAIT.toSeconds(), TimeUnit.SECONDS)).cause()
                .isInstanceOf(RefusedException.class);
        assertThat(view(1).transaction()).isNull();
    }

    private void stopAndLeave(int connectorId) {
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(connectorId)));
        awaitStatusesEndWith(connectorId, "Finishing");
        simulator.plugOut().plugOut(connector(connectorId));
        awaitStatusesEndWith(connectorId, "Finishing", "Available");
        awaitNoCallInFlight();
    }
}
