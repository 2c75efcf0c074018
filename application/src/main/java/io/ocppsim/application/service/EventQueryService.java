package io.ocppsim.application.service;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.port.in.GetEventsUseCase;
import io.ocppsim.application.port.out.EventHistoryPort;
import java.util.List;

/** Answers from the event history. */
public final class EventQueryService implements GetEventsUseCase {

    private final EventHistoryPort history;

    EventQueryService(EventHistoryPort history) {
        this.history = history;
    }

    @Override
    public List<RecordedEvent> events(EventQuery query) {
        return history.recent(query);
    }
}
