package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.event.EventQuery;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.event.SimulatorEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsApiTest extends ApiTestBase {

    @Test
    void answersTheRecentEvents() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id_tag", "user123");
        data.put("transaction_id", 42);
        when(useCases.events.events(any())).thenReturn(List.of(
                new RecordedEvent(7, new SimulatorEvent(Samples.STARTED_AT, EventType.TRANSACTION_STARTED,
                        Severity.INFO, Samples.CP1, 1, "transaction 42 started", data)),
                new RecordedEvent(8, new SimulatorEvent(Samples.STARTED_AT.plusSeconds(1), EventType.CONNECTED,
                        Severity.INFO, Samples.CP1, null, "connected", Map.of()))));

        JsonNode events = api.get("/events").data();

        JsonNode first = events.get(0);
        assertThat(first.propertyStream().map(Map.Entry::getKey)).containsExactly("id", "timestamp", "type",
                "severity", "charge_point_id", "connector_id", "message", "data");
        assertThat(first.get("id").asLong()).isEqualTo(7);
        assertThat(first.get("timestamp").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(first.get("type").asText()).isEqualTo("transaction_started");
        assertThat(first.get("severity").asText()).isEqualTo("info");
        assertThat(first.get("charge_point_id").asText()).isEqualTo("CP001");
        assertThat(first.get("connector_id").asInt()).isEqualTo(1);
        assertThat(first.get("data").toString()).isEqualTo("{\"id_tag\":\"user123\",\"transaction_id\":42}");
        assertThat(events.get(1).get("connector_id").isNull()).isTrue();
    }

    @Test
    void asksForTheLatest100OfAllEventsByDefault() {
        when(useCases.events.events(any())).thenReturn(List.of());

        assertThat(api.get("/events").data().isEmpty()).isTrue();

        verify(useCases.events).events(EventQuery.latest(100));
    }

    @Test
    void passesTheFilters() {
        when(useCases.events.events(any())).thenReturn(List.of());

        api.get("/events?limit=50&severity=WARNING&types=transaction_started,fault_injected&types=connected"
                + "&connectors=1,%202").data();

        verify(useCases.events).events(new EventQuery(50, Severity.WARNING,
                Set.of(EventType.TRANSACTION_STARTED, EventType.FAULT_INJECTED, EventType.CONNECTED), Set.of(1, 2)));
    }

    @ParameterizedTest
    @CsvSource({"limit=0, limit", "limit=10001, limit", "limit=ten, limit", "limit=, limit",
            "severity=loud, severity", "types=transaction_begun, types", "connectors=one, connectors",
            "connectors=101, connectors", "connectors=-1, connectors"})
    void answers400ForABadFilter(String query, String field) {
        api.get("/events?" + query).badRequest(field);

        verifyNoInteractions(useCases.events);
    }

    @Test
    void answers400ListingTheSeverities() {
        JsonNode error = api.get("/events?severity=loud").badRequest("severity");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText)
                .containsExactly("debug", "info", "warning", "error", "critical");
    }
}
