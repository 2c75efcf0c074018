package io.ocppsim.application.port.out;

import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.RecordedEvent;
import java.util.List;

/** The recent events the simulator keeps. */
public interface EventHistoryPort {

    /** The most recent events that match, oldest first. */
    List<RecordedEvent> recent(EventQuery query);

    /** How many events were recorded since start, including those no longer kept. */
    long recordedCount();
}
