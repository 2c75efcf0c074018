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
import io.ocppsim.domain.connector.ConnectorEvent;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorRejectedException.Reason;
import io.ocppsim.domain.connector.ConnectorStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /connectors/{id}/ev-suspend} and {@code .../ev-resume}. */
class EvControlApiTest extends ApiTestBase {

    @Test
    void suspendsAndAnswersTheConnector() {
        when(useCases.evControl.suspendByEv(ConnectorRef.of(CP1, 1))).thenReturn(Samples.suspendedByEv(1));

        JsonNode data = api.post("/connectors/1/ev-suspend").data();

        assertThat(data.get("status").asText()).isEqualTo("SuspendedEV");
        assertThat(data.at("/meter/power_w").asDouble()).isZero();
        assertThat(data.at("/transaction/running").asBoolean()).isTrue();
    }

    @Test
    void resumesAndAnswersTheConnector() {
        when(useCases.evControl.resumeByEv(ConnectorRef.of(CP1, 1))).thenReturn(Samples.charging(1));

        JsonNode data = api.post("/connectors/1/ev-resume").data();

        assertThat(data.get("status").asText()).isEqualTo("Charging");
        assertThat(data.at("/meter/power_w").asDouble()).isEqualTo(7360.0);
    }

    @Test
    void addressesAnyChargePointUnderItsId() {
        when(useCases.evControl.suspendByEv(any())).thenReturn(Samples.suspendedByEv(2));
        when(useCases.evControl.resumeByEv(any())).thenReturn(Samples.charging(2));

        api.post("/charge-points/CP002/connectors/2/ev-suspend").data();
        api.post("/charge-points/CP002/connectors/2/ev-resume").data();

        verify(useCases.evControl).suspendByEv(ConnectorRef.of(CP2, 2));
        verify(useCases.evControl).resumeByEv(ConnectorRef.of(CP2, 2));
    }

    @Test
    void answers409WhenNoTransactionRuns() {
        when(useCases.evControl.suspendByEv(any())).thenThrow(new ConnectorRejectedException(ConnectorId.of(1),
                ConnectorStatus.Available, ConnectorEvent.EV_SUSPEND, Reason.NO_TRANSACTION));

        JsonNode error = api.post("/connectors/1/ev-suspend").failure(409, "CONNECTOR_REFUSED");

        assertThat(error.at("/details/event").asText()).isEqualTo("EV_SUSPEND");
        assertThat(error.at("/details/reason").asText()).isEqualTo("NO_TRANSACTION");
    }

    @Test
    void answers409WhenTheEvIsNotSuspended() {
        when(useCases.evControl.resumeByEv(any())).thenThrow(new ConnectorRejectedException(ConnectorId.of(1),
                ConnectorStatus.Charging, ConnectorEvent.EV_RESUME, Reason.NOT_SUSPENDED));

        JsonNode error = api.post("/connectors/1/ev-resume").failure(409, "CONNECTOR_REFUSED");

        assertThat(error.at("/details/status").asText()).isEqualTo("Charging");
        assertThat(error.at("/details/reason").asText()).isEqualTo("NOT_SUSPENDED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ev-suspend", "ev-resume"})
    void answers404ForAConnectorNumberNoChargePointCanHave(String action) {
        api.post("/connectors/101/" + action).failure(404, "CONNECTOR_NOT_FOUND");

        verifyNoInteractions(useCases.evControl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ev-suspend", "ev-resume"})
    void answers404ForAGet(String action) {
        api.get("/connectors/1/" + action).failure(404, "NOT_FOUND");

        verifyNoInteractions(useCases.evControl);
    }
}
