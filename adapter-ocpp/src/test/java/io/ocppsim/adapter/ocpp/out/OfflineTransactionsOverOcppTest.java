package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.sandbox.ErrorCode;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.adapter.ocpp.sandbox.MessageType;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Transaction messages are never lost: the loopback Central System stops in the middle of a
 * transaction and starts again at the same address; every StartTransaction, MeterValues and
 * StopTransaction arrives exactly once, in order, with the right transaction id. Reconnecting is
 * slow on purpose (5 to 10 virtual minutes), so the test decides when the charge point comes back.
 */
class OfflineTransactionsOverOcppTest extends OverOcppTestBase {

    private static final Duration SAMPLE = Duration.ofSeconds(60);

    private void bootSlowToReconnect(UnaryOperator<ChargePointSettings.Builder> settings) {
        boot(b -> settings.apply(b.connectorCount(1).meterValueSampleInterval(SAMPLE)
                .reconnectDelays(Duration.ofMinutes(10), Duration.ofMinutes(10))));
    }

    private static ConnectorRef connector() {
        return connector(1);
    }

    /** The Central System goes away; the charge point notices. */
    private void centralSystemGoesAway() {
        sandbox.stop();
        events.await(EventType.DISCONNECTED, "connection lost", WAIT);
    }

    /**
     * The Central System is back; the charge point's next attempt (at most 10 minutes away) gets
     * through. Virtual time stops at the attempt: were it to run on while the socket opens and the
     * queued messages go out, their calls could time out before the sandbox's answers arrive.
     */
    private void centralSystemComesBack() {
        sandbox.start();
        int attempts = events.events(EventType.CONNECTING).size();
        for (int second = 0; second < 600 && events.events(EventType.CONNECTING).size() == attempts; second++) {
            time.advance(Duration.ofSeconds(1));
        }
        sandbox.awaitConnected(CP, WAIT);
    }

    private List<String> transactionActions() {
        return sandbox.calls(CP).stream().map(Frame::action)
                .filter(a -> List.of("StartTransaction", "MeterValues", "StopTransaction").contains(a)).toList();
    }

    @Test
    void messagesOfATransactionThatRunsOnWhileOfflineArriveOnceInOrderAfterReconnecting() throws Exception {
        bootSlowToReconnect(b -> b);
        simulator.plugIn().plugIn(connector());
        int transactionId = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(),
                IdTag.of("user123"))).toCompletableFuture().get(10, TimeUnit.SECONDS).transaction().transactionId();
        awaitNoCallInFlight();
        time.advance(SAMPLE);
        sandbox.awaitCall(CP, "MeterValues", WAIT);
        awaitNoCallInFlight();

        centralSystemGoesAway();
        time.advance(SAMPLE);
        time.advance(SAMPLE);
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector()));
        simulator.plugOut().plugOut(connector());
        assertThat(calls("StopTransaction")).isEmpty();

        centralSystemComesBack();
        Frame stop = sandbox.awaitCall(CP, "StopTransaction", WAIT);
        sandbox.awaitFrame(f -> f.answers(stop.uniqueId()) && f.type() != MessageType.CALL, WAIT);

        assertThat(transactionActions()).containsExactly("StartTransaction", "MeterValues", "MeterValues",
                "MeterValues", "StopTransaction");
        assertThat(calls("MeterValues")).allSatisfy(f ->
                assertThat(f.payload().path("transactionId").asInt()).isEqualTo(transactionId));
        assertThat(calls("MeterValues")).extracting(f -> f.payload().path("meterValue").path(0).path("timestamp")
                .asText()).doesNotHaveDuplicates();
        assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(stop.payload().path("reason").asText()).isEqualTo("Local");
        assertThat(sandbox.transactions()).singleElement()
                .satisfies(tx -> assertThat(tx.stop()).isPresent());
    }

    @Test
    void aTransactionStartedOfflineGetsItsIdFromTheAnswerSentAfterReconnecting() throws Exception {
        bootSlowToReconnect(b -> b.ocppConfiguration(Map.of("LocalAuthorizeOffline", "true", "AllowOfflineTxForUnknownId", "true")));
        centralSystemGoesAway();

        simulator.plugIn().plugIn(connector());
        var started = simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(),
                IdTag.of("stranger"))).toCompletableFuture();
        time.advance(SAMPLE);
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector()));
        assertThat(calls("StartTransaction")).isEmpty();

        centralSystemComesBack();
        Frame stop = sandbox.awaitCall(CP, "StopTransaction", WAIT);
        sandbox.awaitFrame(f -> f.answers(stop.uniqueId()) && f.type() != MessageType.CALL, WAIT);

        assertThat(started.get(10, TimeUnit.SECONDS).transaction().transactionId()).as("offline: no id yet").isNull();
        assertThat(transactionActions()).containsExactly("StartTransaction", "MeterValues", "StopTransaction");
        int assigned = sandbox.transactions().getFirst().transactionId();
        assertThat(calls("MeterValues").getFirst().payload().path("transactionId").asInt()).isEqualTo(assigned);
        assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(assigned);
        awaitStatusesEndWith(1, "Finishing");
    }

    @Test
    void aTransactionMessageAnsweredWithACallErrorIsSentAgainAfterTheRetryInterval() throws Exception {
        bootSlowToReconnect(b -> b.transactionMessageRetryInterval(Duration.ofSeconds(30)).transactionMessageAttempts(3));
        simulator.plugIn().plugIn(connector());
        simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(), IdTag.of("user123")))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        awaitNoCallInFlight();
        sandbox.answerWithError("StopTransaction", ErrorCode.InternalError, "database down");
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector()));
        Frame first = sandbox.awaitCall(CP, "StopTransaction", WAIT);
        sandbox.awaitFrame(f -> f.answers(first.uniqueId()) && f.type() == MessageType.CALL_ERROR, WAIT);
        events.await(EventType.CENTRAL_SYSTEM_CALL_FAILED, "retrying in 30 s", WAIT);

        sandbox.answerNormally("StopTransaction");
        time.advance(Duration.ofSeconds(29));
        assertThat(calls("StopTransaction")).hasSize(1);
        time.advance(Duration.ofSeconds(1));
        List<Frame> both = sandbox.awaitCalls(CP, "StopTransaction", p -> true, 2, WAIT);
        JsonNode retried = both.get(1).payload();
        assertThat(retried).isEqualTo(both.get(0).payload());
        sandbox.awaitFrame(f -> f.answers(both.get(1).uniqueId()) && f.type() == MessageType.CALL_RESULT, WAIT);
        assertThat(sandbox.transactions()).singleElement().satisfies(tx -> assertThat(tx.stop()).isPresent());
    }

    @Test
    void aStopTransactionInFlightWhenTheConnectionDropsIsSentAgainAfterReconnecting() throws Exception {
        bootSlowToReconnect(b -> b);
        simulator.plugIn().plugIn(connector());
        simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(), IdTag.of("user123")))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        awaitNoCallInFlight();
        sandbox.dontAnswer("StopTransaction");
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector()));
        sandbox.awaitCall(CP, "StopTransaction", WAIT);

        centralSystemGoesAway();
        sandbox.answerNormally("StopTransaction");
        simulator.plugOut().plugOut(connector());
        centralSystemComesBack();

        List<Frame> stops = sandbox.awaitCalls(CP, "StopTransaction", p -> true, 2, WAIT);
        sandbox.awaitFrame(f -> f.answers(stops.get(1).uniqueId()) && f.type() == MessageType.CALL_RESULT, WAIT);
        assertThat(stops.get(1).payload()).isEqualTo(stops.get(0).payload());
        awaitStatusesEndWith(1, "Available");
        assertThat(sandbox.transactions()).singleElement().satisfies(tx -> assertThat(tx.stop()).isPresent());
    }
}
