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
        assertThat(f.centralSystem.actions()).filteredOn(a -> !a.equals("StatusNotification"))
                .containsExactly("BootNotification", "MeterValues", "MeterValues", "StopTransaction");
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
        f.time.advance(Duration.ofSeconds(60));
        for (int attempt = 1; attempt <= 3; attempt++) {
            f.centralSystem.last("MeterValues")
                    .fail(new CentralSystemException.CallError("MeterValues", "InternalError", "no"));
            f.time.advance(Duration.ofSeconds(10L * attempt));
        }
        assertThat(f.centralSystem.calls("MeterValues")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(f.events.events(EventType.CENTRAL_SYSTEM_CALL_FAILED))
                .anySatisfy(e -> assertThat(e.message()).contains("MeterValues given up after 3 attempt(s)"));
    }
}
