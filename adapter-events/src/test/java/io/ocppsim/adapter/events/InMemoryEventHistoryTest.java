package io.ocppsim.adapter.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEventHistoryTest extends EventHistoryContractTest<InMemoryEventHistory> {

    @Override
    protected InMemoryEventHistory create() {
        return new InMemoryEventHistory(10);
    }

    @Test
    void keepsOnlyTheNewestUpToItsCapacity() {
        InMemoryEventHistory history = new InMemoryEventHistory(3);
        for (int i = 0; i < 7; i++) {
            history.publish(event(i, EventType.STATUS_CHANGED, Severity.INFO, 1));
        }
        assertThat(history.recent(EventQuery.latest(100))).extracting(RecordedEvent::id).containsExactly(5L, 6L, 7L);
        assertThat(history.recordedCount()).isEqualTo(7);
    }

    @Test
    void subscribersHearEveryEventInOrderUntilTheyLeave() throws Exception {
        InMemoryEventHistory history = new InMemoryEventHistory(3);
        List<Long> heard = new ArrayList<>();
        AutoCloseable subscription = history.subscribe(e -> heard.add(e.id()));
        history.publish(event(0, EventType.CONNECTED, Severity.INFO, null));
        history.publish(event(1, EventType.DISCONNECTED, Severity.WARNING, null));
        subscription.close();
        history.publish(event(2, EventType.CONNECTED, Severity.INFO, null));
        assertThat(heard).containsExactly(1L, 2L);
    }

    @Test
    void aFailingSubscriberIsDroppedWithoutHarmingPublishing() {
        InMemoryEventHistory history = new InMemoryEventHistory(3);
        List<Long> heard = new ArrayList<>();
        history.subscribe(e -> {
            throw new IllegalStateException("broken subscriber");
        });
        history.subscribe(e -> heard.add(e.id()));
        history.publish(event(0, EventType.CONNECTED, Severity.INFO, null));
        history.publish(event(1, EventType.CONNECTED, Severity.INFO, null));
        assertThat(heard).containsExactly(1L, 2L);
        assertThat(history.recordedCount()).isEqualTo(2);
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new InMemoryEventHistory(0)).hasMessageContaining("capacity");
    }
}
