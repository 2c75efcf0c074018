package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static io.ocppsim.adapter.rest.Samples.CP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.EvOverrides;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.domain.connector.ConnectorEvent;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.connector.IllegalTransitionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorsApiTest extends ApiTestBase {

    @Test
    void listsTheConnectorsOfTheFirstChargePoint() {
        when(useCases.connectors.connectors(CP1)).thenReturn(List.of(Samples.available(0), Samples.charging(1)));

        JsonNode data = api.get("/connectors").data();

        assertThat(data.isArray()).isTrue();
        assertThat(data).extracting(c -> c.get("connector_id").asInt()).containsExactly(0, 1);
        assertThat(data.get(1).get("status").asText()).isEqualTo("Charging");
    }

    @Test
    void readsOneConnectorWithEveryField() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 1))).thenReturn(Samples.charging(1));

        JsonNode data = api.get("/connectors/1").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("charge_point_id", "connector_id",
                "status", "underlying_status", "error_code", "cable_plugged", "authorized_id_tag",
                "inoperative_scheduled", "power_w", "energy_register_wh", "active_faults", "transaction",
                "last_transaction", "reservation", "charging_limit_w", "meter", "ev");
        assertThat(data.get("charge_point_id").asText()).isEqualTo("CP001");
        assertThat(data.get("error_code").asText()).isEqualTo("NoError");
        assertThat(data.get("cable_plugged").asBoolean()).isTrue();
        assertThat(data.get("power_w").asDouble()).isEqualTo(7360.0);
        JsonNode transaction = data.get("transaction");
        assertThat(transaction.propertyStream().map(Map.Entry::getKey)).containsExactly("transaction_id", "id_tag",
                "meter_start_wh", "started_at", "reservation_id", "energy_delivered_wh", "running", "stop_reason",
                "meter_stop_wh", "stopped_at");
        assertThat(transaction.get("transaction_id").asInt()).isEqualTo(42);
        assertThat(transaction.get("started_at").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(transaction.get("stop_reason").isNull()).isTrue();
    }

    @Test
    void showsTheMeterAndTheEv() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 1))).thenReturn(Samples.charging(1));

        JsonNode data = api.get("/connectors/1").data();

        JsonNode meter = data.get("meter");
        assertThat(meter.propertyStream().map(Map.Entry::getKey)).containsExactly("power_w", "energy_register_wh",
                "voltage_v", "current_a", "phases", "power_factor", "frequency_hz", "temperature_c",
                "offered_power_w", "offered_current_a");
        assertThat(meter.get("power_w").asDouble()).isEqualTo(7360.0);
        assertThat(meter.get("voltage_v")).extracting(JsonNode::asDouble).containsExactly(230.0, 230.0, 230.0);
        assertThat(meter.get("current_a")).extracting(JsonNode::asDouble).containsExactly(10.67, 10.67, 10.67);
        assertThat(meter.get("phases").asInt()).isEqualTo(3);
        assertThat(meter.get("temperature_c").asDouble()).isEqualTo(31.5);
        assertThat(meter.get("offered_current_a").asDouble()).isEqualTo(32.0);
        JsonNode ev = data.get("ev");
        assertThat(ev.propertyStream().map(Map.Entry::getKey)).containsExactly("capacity_wh", "soc_percent",
                "target_soc_percent", "max_power_w", "phases", "reached_target");
        assertThat(ev.get("capacity_wh").asDouble()).isEqualTo(60_000.0);
        assertThat(ev.get("soc_percent").asDouble()).isEqualTo(35.44);
        assertThat(ev.get("target_soc_percent").asDouble()).isEqualTo(80.0);
        assertThat(ev.get("reached_target").asBoolean()).isFalse();
    }

    @Test
    void showsNoEvAsNullInTheList() {
        when(useCases.connectors.connectors(CP1)).thenReturn(List.of(Samples.available(0), Samples.charging(1)));

        JsonNode data = api.get("/connectors").data();

        assertThat(data.get(0).has("ev")).isTrue();
        assertThat(data.get(0).get("ev").isNull()).isTrue();
        assertThat(data.get(0).at("/meter/power_w").asDouble()).isZero();
        assertThat(data.get(1).at("/ev/soc_percent").asDouble()).isEqualTo(35.44);
    }

    @Test
    void showsTheReservationAndTheChargingLimit() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 1))).thenReturn(Samples.reserved(1));

        JsonNode data = api.get("/connectors/1").data();

        assertThat(data.get("status").asText()).isEqualTo("Reserved");
        JsonNode reservation = data.get("reservation");
        assertThat(reservation.propertyStream().map(Map.Entry::getKey)).containsExactly("reservation_id", "id_tag",
                "parent_id_tag", "expiry_date");
        assertThat(reservation.get("reservation_id").asInt()).isEqualTo(7);
        assertThat(reservation.get("id_tag").asText()).isEqualTo("user123");
        assertThat(reservation.get("parent_id_tag").asText()).isEqualTo("PARENT-1");
        assertThat(reservation.get("expiry_date").asText()).isEqualTo("2026-01-01T11:00:00Z");
        assertThat(data.get("charging_limit_w").isNumber()).isTrue();
        assertThat(data.get("charging_limit_w").asDouble()).isEqualTo(3680.0);
    }

    @Test
    void showsTheReservationAndTheChargingLimitInTheListUnderAnyChargePoint() {
        when(useCases.connectors.connectors(CP2)).thenReturn(List.of(Samples.available(0), Samples.reserved(1)));

        JsonNode data = api.get("/charge-points/CP002/connectors").data();

        assertThat(data.get(0).get("reservation").isNull()).isTrue();
        assertThat(data.get(0).get("charging_limit_w").isNull()).isTrue();
        assertThat(data.get(1).at("/reservation/reservation_id").asInt()).isEqualTo(7);
        assertThat(data.get(1).get("charging_limit_w").asDouble()).isEqualTo(3680.0);
    }

    @Test
    void showsNoReservationAndNoChargingLimitAsNull() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 1))).thenReturn(Samples.charging(1));

        JsonNode data = api.get("/connectors/1").data();

        assertThat(data.has("reservation")).isTrue();
        assertThat(data.get("reservation").isNull()).isTrue();
        assertThat(data.has("charging_limit_w")).isTrue();
        assertThat(data.get("charging_limit_w").isNull()).isTrue();
    }

    @Test
    void showsFaultsAndAnAbsentTransactionAsNull() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 2))).thenReturn(Samples.faulted(2));

        JsonNode data = api.get("/connectors/2").data();

        assertThat(data.get("status").asText()).isEqualTo("Faulted");
        assertThat(data.get("underlying_status").asText()).isEqualTo("Available");
        assertThat(data.get("transaction").isNull()).isTrue();
        assertThat(data.get("last_transaction").isNull()).isTrue();
        JsonNode fault = data.get("active_faults").get(0);
        assertThat(fault.get("error_code").asText()).isEqualTo("OverCurrentFailure");
        assertThat(fault.get("info").asText()).isEqualTo("Simulated overcurrent");
        assertThat(fault.has("vendor_error_code")).isTrue();
    }

    @Test
    void plugsInAndAnswersTheConnector() {
        when(useCases.plugIn.plugIn(ConnectorRef.of(CP1, 1), EvOverrides.NONE)).thenReturn(Samples.preparing(1));

        JsonNode data = api.post("/connectors/1/plug-in").data();

        assertThat(data.get("status").asText()).isEqualTo("Preparing");
        assertThat(data.get("cable_plugged").asBoolean()).isTrue();
    }

    @Test
    void plugsOutAndAnswersTheConnector() {
        when(useCases.plugOut.plugOut(ConnectorRef.of(CP1, 1))).thenReturn(Samples.available(1));

        assertThat(api.post("/connectors/1/plug-out").data().get("status").asText()).isEqualTo("Available");
    }

    @Test
    void addressesAnyChargePointUnderItsId() {
        when(useCases.connectors.connectors(CP2)).thenReturn(List.of(Samples.available(0)));
        when(useCases.plugIn.plugIn(ConnectorRef.of(CP2, 1), EvOverrides.NONE)).thenReturn(Samples.preparing(1));

        api.get("/charge-points/CP002/connectors").data();
        api.post("/charge-points/CP002/connectors/1/plug-in").data();

        verify(useCases.connectors).connectors(CP2);
        verify(useCases.plugIn).plugIn(ConnectorRef.of(CP2, 1), EvOverrides.NONE);
    }

    @Test
    void answers404ForAConnectorTheChargePointDoesNotHave() {
        when(useCases.connectors.connector(ConnectorRef.of(CP1, 7))).thenThrow(new RefusedException(
                Reason.CONNECTOR_NOT_FOUND, "charge point CP001 has no connector 7",
                Map.of("connector_id", 7, "connector_count", 2)));

        JsonNode error = api.get("/connectors/7").failure(404, "CONNECTOR_NOT_FOUND");

        assertThat(error.at("/details/connector_id").asInt()).isEqualTo(7);
        assertThat(error.at("/details/connector_count").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "2147483647"})
    void answers404ForAConnectorNumberNoChargePointCanHave(String id) {
        api.post("/connectors/" + id + "/plug-in").failure(404, "CONNECTOR_NOT_FOUND");

        verifyNoInteractions(useCases.plugIn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "99999999999", "%20"})
    void answers400ForAConnectorIdThatIsNotAnInteger(String id) {
        api.get("/connectors/" + id).badRequest("id");

        verifyNoInteractions(useCases.connectors);
    }

    @Test
    void answers404ForAnUnknownChargePoint() {
        when(useCases.connectors.connectors(any())).thenThrow(new RefusedException(Reason.CHARGE_POINT_NOT_FOUND,
                "no charge point with id NOPE", Map.of("charge_point_id", "NOPE")));

        JsonNode error = api.get("/charge-points/NOPE/connectors").failure(404, "CHARGE_POINT_NOT_FOUND");

        assertThat(error.at("/details/charge_point_id").asText()).isEqualTo("NOPE");
    }

    @Test
    void answers404ForAChargePointIdThatCannotExist() {
        api.get("/charge-points/" + "X".repeat(49) + "/connectors/1").failure(404, "CHARGE_POINT_NOT_FOUND");

        verifyNoInteractions(useCases.connectors);
    }

    @Test
    void answers404WhenTheSimulatorHasNoChargePoint() {
        when(useCases.simulatorStatus.chargePoints()).thenReturn(List.of());

        api.get("/connectors").failure(404, "CHARGE_POINT_NOT_FOUND");
    }

    @Test
    void answers409WithTheTransitionForAnIllegalTransition() {
        when(useCases.plugIn.plugIn(any(), any())).thenThrow(new IllegalTransitionException(ConnectorId.of(1),
                ConnectorStatus.Finishing, ConnectorEvent.PLUG_IN, ConnectorStatus.Preparing));

        JsonNode error = api.post("/connectors/1/plug-in").failure(409, "ILLEGAL_TRANSITION");

        assertThat(error.get("details").propertyStream().map(Map.Entry::getKey))
                .containsExactly("connector_id", "from", "event", "to");
        assertThat(error.at("/details/from").asText()).isEqualTo("Finishing");
        assertThat(error.at("/details/event").asText()).isEqualTo("PLUG_IN");
        assertThat(error.at("/details/to").asText()).isEqualTo("Preparing");
    }

    @Test
    void answers409WithTheReasonWhenTheConnectorRefuses() {
        when(useCases.plugOut.plugOut(any())).thenThrow(new ConnectorRejectedException(ConnectorId.of(1),
                ConnectorStatus.Available, ConnectorEvent.PLUG_OUT, ConnectorRejectedException.Reason.NO_CABLE));

        JsonNode error = api.post("/connectors/1/plug-out").failure(409, "CONNECTOR_REFUSED");

        assertThat(error.at("/details/connector_id").asInt()).isEqualTo(1);
        assertThat(error.at("/details/status").asText()).isEqualTo("Available");
        assertThat(error.at("/details/event").asText()).isEqualTo("PLUG_OUT");
        assertThat(error.at("/details/reason").asText()).isEqualTo("NO_CABLE");
        assertThat(error.get("message").asText()).contains("no cable is plugged in");
    }
}
