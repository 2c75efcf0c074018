package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static io.ocppsim.adapter.rest.Samples.CP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.StatisticsView;
import io.ocppsim.application.port.in.StatisticsView.ActiveTransaction;
import io.ocppsim.application.port.in.StatisticsView.ConnectorStatistics;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.ConnectorStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /stats}: the seed README's shape, and more. */
class StatisticsApiTest extends ApiTestBase {

    private static final long SEED = 8_675_309L;

    /** Connector 1 charges at 7199.6 W with 5500.4 Wh delivered; connector 2 is free. */
    private static StatisticsView charging(ChargePointId chargePoint) {
        Map<Integer, ConnectorStatus> states = Map.of(2, ConnectorStatus.Available, 1, ConnectorStatus.Charging);
        var transaction = new ActiveTransaction(12345, 1, "user123", Samples.STARTED_AT, 5500.4, 7199.6, 35.44);
        return new StatisticsView(chargePoint.value(), 3600, 2, states, List.of(transaction), 125_000.5, 7199.6, true,
                List.of(new ConnectorStatistics(1, ConnectorStatus.Charging, 130_500.4, 120_000.49, 7199.6, 3),
                        new ConnectorStatistics(2, ConnectorStatus.Available, 5_000, 5_000, 0, 1)),
                4, SEED);
    }

    @Test
    void answersInTheShapeOfTheSeedReadme() {
        when(useCases.statistics.statistics(CP1)).thenReturn(charging(CP1));

        JsonNode data = api.get("/stats").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("charge_point_id", "uptime_seconds",
                "connector_count", "connector_states", "active_transactions", "total_energy_wh", "total_power_w",
                "connected", "connectors", "faults_injected", "seed");
        assertThat(data.get("charge_point_id").asText()).isEqualTo("CP001");
        assertThat(data.get("uptime_seconds").asLong()).isEqualTo(3600);
        assertThat(data.get("connector_count").asInt()).isEqualTo(2);
        assertThat(data.get("connected").asBoolean()).isTrue();
        assertThat(data.get("faults_injected").asLong()).isEqualTo(4);
        assertThat(data.get("seed").isIntegralNumber()).isTrue();
        assertThat(data.get("seed").asLong()).isEqualTo(SEED);
    }

    @Test
    void listsTheConnectorStatesByConnectorId() {
        when(useCases.statistics.statistics(CP1)).thenReturn(charging(CP1));

        JsonNode states = api.get("/stats").data().get("connector_states");

        assertThat(states.propertyStream().map(Map.Entry::getKey)).containsExactly("1", "2");
        assertThat(states.get("1").asText()).isEqualTo("Charging");
        assertThat(states.get("2").asText()).isEqualTo("Available");
    }

    @Test
    void showsEachActiveTransactionWithWholeWattHoursAndWatts() {
        when(useCases.statistics.statistics(CP1)).thenReturn(charging(CP1));

        JsonNode data = api.get("/stats").data();

        assertThat(data.get("active_transactions")).hasSize(1);
        JsonNode transaction = data.get("active_transactions").get(0);
        assertThat(transaction.propertyStream().map(Map.Entry::getKey)).containsExactly("transaction_id",
                "connector_id", "id_tag", "start_time", "energy_wh", "current_power_w", "soc_percent");
        assertThat(transaction.get("transaction_id").asInt()).isEqualTo(12345);
        assertThat(transaction.get("connector_id").asInt()).isEqualTo(1);
        assertThat(transaction.get("id_tag").asText()).isEqualTo("user123");
        assertThat(transaction.get("start_time").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(transaction.get("energy_wh").isIntegralNumber()).isTrue();
        assertThat(transaction.get("energy_wh").asLong()).isEqualTo(5500);
        assertThat(transaction.get("current_power_w").isIntegralNumber()).isTrue();
        assertThat(transaction.get("current_power_w").asLong()).isEqualTo(7200);
        assertThat(transaction.get("soc_percent").asDouble()).isEqualTo(35.4);
        assertThat(data.get("total_energy_wh").asLong()).isEqualTo(125_001);
        assertThat(data.get("total_power_w").asLong()).isEqualTo(7200);
    }

    @Test
    void showsEachConnectorsEnergyAndPower() {
        when(useCases.statistics.statistics(CP1)).thenReturn(charging(CP1));

        JsonNode connectors = api.get("/stats").data().get("connectors");

        assertThat(connectors).extracting(c -> c.get("connector_id").asInt()).containsExactly(1, 2);
        JsonNode first = connectors.get(0);
        assertThat(first.propertyStream().map(Map.Entry::getKey)).containsExactly("connector_id", "status",
                "energy_register_wh", "energy_delivered_wh", "power_w", "transactions");
        assertThat(first.get("status").asText()).isEqualTo("Charging");
        assertThat(first.get("energy_register_wh").asLong()).isEqualTo(130_500);
        assertThat(first.get("energy_delivered_wh").asLong()).isEqualTo(120_000);
        assertThat(first.get("power_w").asLong()).isEqualTo(7200);
        assertThat(first.get("transactions").asLong()).isEqualTo(3);
    }

    @Test
    void showsAnUnansweredTransactionAndAMissingSocAsNull() {
        var transaction = new ActiveTransaction(null, 1, "user123", Samples.STARTED_AT, 0, 0, null);
        when(useCases.statistics.statistics(CP1)).thenReturn(new StatisticsView(CP1.value(), 5, 1,
                Map.of(1, ConnectorStatus.Charging), List.of(transaction), 0, 0, false, List.of(), 0, SEED));

        JsonNode data = api.get("/stats").data();

        JsonNode answered = data.get("active_transactions").get(0);
        assertThat(answered.has("transaction_id")).isTrue();
        assertThat(answered.get("transaction_id").isNull()).isTrue();
        assertThat(answered.get("soc_percent").isNull()).isTrue();
        assertThat(data.get("connected").asBoolean()).isFalse();
    }

    @Test
    void answersAnEmptyListWithoutTransactions() {
        when(useCases.statistics.statistics(CP1)).thenReturn(new StatisticsView(CP1.value(), 5, 1,
                Map.of(1, ConnectorStatus.Available), List.of(), 0, 0, true, List.of(), 0, SEED));

        JsonNode data = api.get("/stats").data();

        assertThat(data.get("active_transactions").isArray()).isTrue();
        assertThat(data.get("active_transactions")).isEmpty();
    }

    @Test
    void answersTheStatisticsOfAnyChargePointUnderItsId() {
        when(useCases.statistics.statistics(CP2)).thenReturn(charging(CP2));

        assertThat(api.get("/charge-points/CP002/stats").data().get("charge_point_id").asText()).isEqualTo("CP002");
    }

    @Test
    void answers404ForAnUnknownChargePoint() {
        when(useCases.statistics.statistics(any())).thenThrow(new RefusedException(Reason.CHARGE_POINT_NOT_FOUND,
                "no charge point with id NOPE", Map.of("charge_point_id", "NOPE")));

        api.get("/charge-points/NOPE/stats").failure(404, "CHARGE_POINT_NOT_FOUND");
    }
}
