package io.ocppsim.adapter.rest.event;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.Inputs;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.GetEventsUseCase;
import io.ocppsim.domain.connector.ConnectorId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recent events, oldest first: {@code GET /?limit=50&severity=info&types=a,b&connectors=1,2}.
 *
 * <ul>
 *   <li>{@code limit}: how many of the most recent matching events, 1 to 10000, default 100
 *   <li>{@code severity}: the least severity, one of debug, info, warning, error, critical;
 *       default debug (all)
 *   <li>{@code types}: event type labels such as {@code transaction_started}; default all
 *   <li>{@code connectors}: connector numbers; default all
 * </ul>
 *
 * {@code types} and {@code connectors} take comma-separated values and may repeat.
 */
public record EventsService(GetEventsUseCase events, EventMapper mapper, JsonCodec json) implements HttpService {

    static final int DEFAULT_LIMIT = 100;
    static final String LIMIT = "limit";
    static final String SEVERITY = "severity";
    static final String TYPES = "types";
    static final String CONNECTORS = "connectors";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponses(events.events(query(request))));
    }

    private static EventQuery query(ServerRequest request) {
        int limit = Inputs.query(request, LIMIT)
                .map(value -> Inputs.integer(LIMIT, value, 1, EventQuery.MAX_LIMIT))
                .orElse(DEFAULT_LIMIT);
        Severity severity = Inputs.query(request, SEVERITY)
                .map(value -> Inputs.byLabel(SEVERITY, value, List.of(Severity.values()), Severity::label))
                .orElse(Severity.DEBUG);
        Set<EventType> types = Inputs.commaSeparated(request, TYPES).stream()
                .map(value -> Inputs.byLabel(TYPES, value, List.of(EventType.values()), EventType::label))
                .collect(Collectors.toSet());
        Set<Integer> connectors = Inputs.commaSeparated(request, CONNECTORS).stream()
                .map(value -> Inputs.integer(CONNECTORS, value, 0, ConnectorId.MAX))
                .collect(Collectors.toSet());
        return new EventQuery(limit, severity, types, connectors);
    }
}
