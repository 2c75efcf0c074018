package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.domain.connector.ConnectorEvent;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsApiTest extends ApiTestBase {

    private static final ConnectorRef CONNECTOR_1 = ConnectorRef.of(CP1, 1);

    @Test
    void injectsTheFaultOfTheBody() {
        when(useCases.injectFault.injectFault(any())).thenReturn(Samples.faulted(1));

        JsonNode data = api.post("/connectors/1/fault", """
                {"error_code": "OverCurrentFailure", "info": "Simulated overcurrent", "vendor_error_code": "E42"}
                """).data();

        assertThat(data.get("status").asText()).isEqualTo("Faulted");
        assertThat(data.get("error_code").asText()).isEqualTo("OverCurrentFailure");
        verify(useCases.injectFault).injectFault(new InjectFaultCommand(CONNECTOR_1,
                new Fault(ChargePointErrorCode.OverCurrentFailure, "Simulated overcurrent", "E42")));
    }

    @ParameterizedTest
    @EnumSource(value = ChargePointErrorCode.class, names = "NoError", mode = EnumSource.Mode.EXCLUDE)
    void acceptsEveryErrorCodeButNoError(ChargePointErrorCode errorCode) {
        when(useCases.injectFault.injectFault(any())).thenReturn(Samples.faulted(1));

        api.post("/connectors/1/fault?error_code=" + errorCode.name()).data();

        verify(useCases.injectFault).injectFault(new InjectFaultCommand(CONNECTOR_1, Fault.of(errorCode)));
    }

    @Test
    void answers400ListingTheErrorCodesForAnUnknownOne() {
        JsonNode error = api.post("/connectors/1/fault", "{\"error_code\": \"Meltdown\"}").badRequest("error_code");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText).hasSize(15)
                .contains("OverCurrentFailure", "WeakSignal").doesNotContain("NoError");
        verifyNoInteractions(useCases.injectFault);
    }

    @Test
    void answers400ForNoError() {
        JsonNode error = api.post("/connectors/1/fault", "{\"error_code\": \"NoError\"}").badRequest("error_code");

        assertThat(error.get("message").asText()).contains("NoError is not a fault");
        verifyNoInteractions(useCases.injectFault);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"info\": \"hot\"}"})
    void answers400WithoutAnErrorCode(String body) {
        api.post("/connectors/1/fault", body).badRequest("error_code");
    }

    @Test
    void answers400ForAnInfoLongerThan50Characters() {
        JsonNode error = api.post("/connectors/1/fault",
                "{\"error_code\": \"HighTemperature\", \"info\": \"" + "i".repeat(51) + "\"}").badRequest("info");

        assertThat(error.get("message").asText()).isEqualTo("info: must be at most 50 characters, was 51");
    }

    @Test
    void answers400ForAVendorErrorCodeLongerThan50Characters() {
        api.post("/connectors/1/fault", "{\"error_code\": \"HighTemperature\", \"vendor_error_code\": \""
                + "v".repeat(51) + "\"}").badRequest("vendor_error_code");
    }

    @Test
    void answers400NamingAnUnknownFieldAndTheKnownOnes() {
        JsonNode error = api.post("/connectors/1/fault", "{\"error_code\": \"HighTemperature\", \"severity\": 3}")
                .badRequest("severity");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText)
                .containsExactly("error_code", "info", "vendor_error_code");
    }

    @Test
    void answers400ForAnErrorCodeThatIsNotAString() {
        api.post("/connectors/1/fault", "{\"error_code\": 5}").badRequest("error_code");
    }

    @Test
    void clearsEveryFaultByDefault() {
        when(useCases.clearFault.clearFault(any())).thenReturn(Samples.available(1));

        JsonNode data = api.post("/connectors/1/clear-fault").data();

        assertThat(data.get("status").asText()).isEqualTo("Available");
        verify(useCases.clearFault).clearFault(ClearFaultCommand.all(CONNECTOR_1));
    }

    @Test
    void clearsOnlyTheFaultNamedInTheBodyOrTheQuery() {
        when(useCases.clearFault.clearFault(any())).thenReturn(Samples.available(1));

        api.post("/connectors/1/clear-fault", "{\"error_code\": \"HighTemperature\"}").data();
        api.post("/connectors/1/clear-fault?error_code=GroundFailure").data();

        verify(useCases.clearFault).clearFault(
                new ClearFaultCommand(CONNECTOR_1, ChargePointErrorCode.HighTemperature));
        verify(useCases.clearFault).clearFault(new ClearFaultCommand(CONNECTOR_1, ChargePointErrorCode.GroundFailure));
    }

    @Test
    void answers400ForClearingAnUnknownErrorCode() {
        api.post("/connectors/1/clear-fault?error_code=overcurrent").badRequest("error_code");

        verifyNoInteractions(useCases.clearFault);
    }

    @Test
    void answers409WhenNoSuchFaultIsActive() {
        when(useCases.clearFault.clearFault(any())).thenThrow(new ConnectorRejectedException(ConnectorId.of(1),
                ConnectorStatus.Available, ConnectorEvent.CLEAR_FAULT,
                ConnectorRejectedException.Reason.NO_ACTIVE_FAULT));

        JsonNode error = api.post("/connectors/1/clear-fault").failure(409, "CONNECTOR_REFUSED");

        assertThat(error.at("/details/reason").asText()).isEqualTo("NO_ACTIVE_FAULT");
    }
}
