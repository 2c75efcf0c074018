package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.HealthView;
import io.ocppsim.application.port.in.SimulatorStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemApiTest extends ApiTestBase {

    @Test
    void answersTheStatusOfTheSimulator() {
        when(useCases.simulatorStatus.status()).thenReturn(
                new SimulatorStatus("0.1.0", Samples.STARTED_AT, 3600, List.of(Samples.chargePoint())));

        JsonNode data = api.get("/status").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey))
                .containsExactly("version", "started_at", "uptime_seconds", "charge_points");
        assertThat(data.get("started_at").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(data.get("uptime_seconds").asLong()).isEqualTo(3600);
        JsonNode chargePoint = data.get("charge_points").get(0);
        assertThat(chargePoint.propertyStream().map(Map.Entry::getKey)).containsExactly("charge_point_id", "vendor",
                "model", "firmware_version", "connector_count", "connection", "connectors");
        assertThat(chargePoint.at("/connection/state").asText()).isEqualTo("CONNECTED");
        assertThat(chargePoint.get("connectors")).extracting(c -> c.get("connector_id").asInt())
                .containsExactly(0, 1, 2);
        assertThat(chargePoint.at("/connectors/1/status").asText()).isEqualTo("Charging");
    }

    @Test
    void answers200WhenHealthy() {
        when(useCases.simulatorStatus.health()).thenReturn(new HealthView("UP", 1, 1, 60));

        JsonNode data = api.get("/system/health").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey))
                .containsExactly("status", "charge_points", "online", "uptime_seconds");
        assertThat(data.get("status").asText()).isEqualTo("UP");
    }

    @Test
    void answers503WithTheHealthWhenDegraded() {
        when(useCases.simulatorStatus.health()).thenReturn(new HealthView("DEGRADED", 2, 1, 60));

        JsonNode data = api.get("/system/health").success(503);

        assertThat(data.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(data.get("online").asInt()).isEqualTo(1);
    }
}
