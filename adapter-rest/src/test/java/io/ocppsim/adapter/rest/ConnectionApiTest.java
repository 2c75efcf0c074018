package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static io.ocppsim.adapter.rest.Samples.CP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionApiTest extends ApiTestBase {

    @Test
    void answersTheConnectionStatusWithEveryField() {
        when(useCases.connectionStatus.connectionStatus(CP1)).thenReturn(Samples.connected(CP1));

        JsonNode data = api.get("/connection/status").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("charge_point_id", "state",
                "registration", "online", "central_system_url", "heartbeat_interval_seconds", "connected_since",
                "last_heartbeat_at", "last_error", "reconnect_attempt", "next_attempt_at");
        assertThat(data.get("state").asText()).isEqualTo("CONNECTED");
        assertThat(data.get("registration").asText()).isEqualTo("Accepted");
        assertThat(data.get("online").asBoolean()).isTrue();
        assertThat(data.get("connected_since").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(data.get("next_attempt_at").isNull()).isTrue();
    }

    @Test
    void connects() {
        when(useCases.connect.connect(CP1)).thenReturn(Samples.connected(CP1));

        assertThat(api.post("/connection/connect").data().get("state").asText()).isEqualTo("CONNECTED");
    }

    @Test
    void disconnects() {
        when(useCases.disconnect.disconnect(CP1)).thenReturn(Samples.disconnected(CP1));

        JsonNode data = api.post("/connection/disconnect").data();

        assertThat(data.get("state").asText()).isEqualTo("DISCONNECTED");
        assertThat(data.get("registration").isNull()).isTrue();
    }

    @Test
    void addressesAnyChargePointUnderItsId() {
        when(useCases.connect.connect(CP2)).thenReturn(Samples.connected(CP2));

        assertThat(api.post("/charge-points/CP002/connection/connect").data().get("charge_point_id").asText())
                .isEqualTo("CP002");
    }

    @Test
    void answers404ForAGetOfConnect() {
        api.get("/connection/connect").failure(404, "NOT_FOUND");
    }
}
