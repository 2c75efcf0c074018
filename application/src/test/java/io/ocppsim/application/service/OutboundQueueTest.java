package io.ocppsim.application.service;

import static io.ocppsim.application.service.SimulatorFixture.CP;
import static io.ocppsim.application.service.SimulatorFixture.connector;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private final SimulatorFixture f = new SimulatorFixture(b -> b.transactionMessageAttempts(3)
            .transactionMessageRetryInterval(Duration.ofSeconds(10)).meterValueSampleInterval(Duration.ofSeconds(60)));

    @BeforeEach
    void chargeOnConnectorOne() {
        f.online();
        f.simulator.plugIn().plugIn(connector(1));
        f.simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1), IdTag.of("T")))
                .toCompletableFuture().join();
        f.centralSystem.clearCalls();
    }

    @Test
    void messagesOfAnOfflineChargePointGoOutInOrderOnceItIsBack() {
        f.centralSystem.dropConnection(CP, "network down");
        f.time.advance(Duration.ofSeconds(120)); // two MeterValues samples while offline
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        assertThat(f.centralSystem.calls()).allSatisfy(c -> assertThat(c.answer()).isCompletedExceptionally());

        f.centralSystem.clearCalls();
        f.centralSystem.acceptConnection(CP); // the reconnect attempt is already under way
        // Boot first, then what waited, in order, then every connector's status as it is now.
        assertThat(f.centralSystem.actions()).containsExactly("BootNotification", "MeterValues", "MeterValues",
                "StopTransaction", "StatusNotification", "StatusNotification", "StatusNotification");
        TransactionStop stop = f.centralSystem.last("StopTransaction").request(TransactionStop.class);
        assertThat(stop.transactionId()).isEqualTo(TransactionId.of(1));
    }

    @Test
    void aMessageAnsweredWithACallErrorIsRetriedAfterTheIntervalTimesTheAttempt() {
        f.centralSystem.stopAutoAnswering("StopTransaction");
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        f.centralSystem.last("StopTransaction")
                .fail(new CentralSystemException.CallError("StopTransaction", "InternalError", "db down"));

        f.time.advance(Duration.ofSeconds(9));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(1);
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(2);
        f.centralSystem.last("StopTransaction")
                .fail(new CentralSystemException.TimedOut("StopTransaction", Duration.ofSeconds(30)));

        f.time.advance(Duration.ofSeconds(19));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(2);
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(3);
        f.centralSystem.last("StopTransaction").answer(Optional.empty());
        assertThat(f.events.events(EventType.CENTRAL_SYSTEM_CALL_FAILED)).extracting(e -> e.severity())
                .containsExactly(Severity.WARNING, Severity.WARNING);
    }

    @Test
    void aMessageIsGivenUpAfterTransactionMessageAttemptsAndTheNextOneGoes() {
        f.centralSystem.stopAutoAnswering("MeterValues");
        f.time.advance(Duration.ofSeconds(60)); // the first sample goes out, unanswered
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(f.centralSystem.calls("MeterValues")).hasSize(attempt);
            f.centralSystem.last("MeterValues")
                    .fail(new CentralSystemException.CallError("MeterValues", "InternalError", "no"));
            if (attempt < 3) {
                f.time.advance(Duration.ofSeconds(10L * attempt));
            }
        }
        assertThat(f.events.events(EventType.CENTRAL_SYSTEM_CALL_FAILED))
                .anySatisfy(e -> assertThat(e.message()).contains("MeterValues given up after 3 attempt(s)"));
        // The queue moves on: the stop goes out at once.
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(1);
    }

    @Test
    void anAnswerThatCannotBeUnderstoodIsNotSentAgain() {
        f.centralSystem.stopAutoAnswering("StopTransaction");
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        f.centralSystem.last("StopTransaction").fail(new CentralSystemException.InvalidAnswer("garbled"));
        f.time.advance(Duration.ofMinutes(10));
        assertThat(f.centralSystem.calls("StopTransaction")).hasSize(1);
        assertThat(f.events.events(EventType.CENTRAL_SYSTEM_CALL_FAILED))
                .anySatisfy(e -> assertThat(e.message()).contains("StopTransaction given up after 1 attempt(s)"));
    }

    @Test
    void aStartTransactionGivenUpEndsTheMeterValuesOfItsTransaction() {
        SimulatorFixture g = new SimulatorFixture(b -> b.transactionMessageAttempts(1)).online();
        g.centralSystem.stopAutoAnswering("StartTransaction");
        g.simulator.plugIn().plugIn(connector(1));
        g.simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(1), IdTag.of("T")));
        g.centralSystem.last("StartTransaction")
                .fail(new CentralSystemException.CallError("StartTransaction", "InternalError", "no"));
        g.time.advance(Duration.ofMinutes(10));
        assertThat(g.centralSystem.calls("MeterValues")).isEmpty();
        assertThat(g.events.events(EventType.CENTRAL_SYSTEM_CALL_FAILED)).hasSize(1);
    }
}
