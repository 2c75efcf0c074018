package io.ocppsim.adapter.rest.event;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.Severity;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps recorded events to responses; types and severities by their API labels. */
@Mapper
public interface EventMapper {

    @Mapping(target = ".", source = "event")
    EventResponse toResponse(RecordedEvent recorded);

    List<EventResponse> toResponses(List<RecordedEvent> recorded);

    default String label(EventType type) {
        return type.label();
    }

    default String label(Severity severity) {
        return severity.label();
    }

    default String value(ChargePointId id) {
        return id.value();
    }
}
