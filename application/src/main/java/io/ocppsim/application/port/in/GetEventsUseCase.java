package io.ocppsim.application.port.in;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.RecordedEvent;
import java.util.List;

/** The recent events, oldest first. */
public interface GetEventsUseCase {

    List<RecordedEvent> events(EventQuery query);
}
