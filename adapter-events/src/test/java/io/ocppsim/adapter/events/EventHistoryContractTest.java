package io.ocppsim.adapter.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventHistoryPort;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the event ports must do. Subclasses provide one whose history
 * keeps at least 10 events.
 */
abstract class EventHistoryContractTest<T extends EventPublisherPort & EventHistoryPort> {

    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private EventPublisherPort publisher;
    private EventHistoryPort history;

    /** A fresh implementation, serving as both publisher and history. */
    protected abstract T create();

    @BeforeEach
    void setUp() {
        T ports = create();
        publisher = ports;
        history = ports;
    }

    protected static SimulatorEvent event(int second, EventType type, Severity severity, Integer connector) {
        return new SimulatorEvent(T0.plusSeconds(second), type, severity, ChargePointId.of("CP1"), connector,
                type.label() + " at " + second, Map.of("second", second));
    }

    @Test
    void recentEventsComeOldestFirstWithGrowingIds() {
        for (int i = 0; i < 5; i++) {
            publisher.publish(event(i, EventType.STATUS_CHANGED, Severity.INFO, 1));
        }
        var recent = history.recent(EventQuery.latest(3));
        assertThat(recent).extracting(e -> e.event().timestamp())
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4));
        assertThat(recent).extracting(RecordedEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(history.recordedCount()).isEqualTo(5);
    }

    @Test
    void filtersBySeverityTypeAndConnectorBeforeLimiting() {
        publisher.publish(event(0, EventType.FAULT_INJECTED, Severity.ERROR, 1));
        publisher.publish(event(1, EventType.STATUS_CHANGED, Severity.INFO, 2));
        publisher.publish(event(2, EventType.OCPP_MESSAGE_SENT, Severity.DEBUG, null));
        publisher.publish(event(3, EventType.TRANSACTION_STARTED, Severity.INFO, 1));

        assertThat(history.recent(new EventQuery(10, Severity.INFO, Set.of(), Set.of())))
                .extracting(e -> e.event().type())
                .containsExactly(EventType.FAULT_INJECTED, EventType.STATUS_CHANGED, EventType.TRANSACTION_STARTED);
        assertThat(history.recent(new EventQuery(10, Severity.DEBUG,
                Set.of(EventType.TRANSACTION_STARTED, EventType.FAULT_INJECTED), Set.of())))
                .extracting(e -> e.event().timestamp()).containsExactly(T0, T0.plusSeconds(3));
        assertThat(history.recent(new EventQuery(1, Severity.DEBUG, Set.of(), Set.of(1))))
                .extracting(e -> e.event().timestamp()).containsExactly(T0.plusSeconds(3));
    }

    @Test
    void anEmptyHistoryAnswersNothing() {
        assertThat(history.recent(EventQuery.latest(10))).isEmpty();
        assertThat(history.recordedCount()).isZero();
    }
}
