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
import io.ocppsim.domain.ev.EvProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /connectors/{id}/plug-in} with the EV described in its body or query. */
class PlugInApiTest extends ApiTestBase {

    private static final ConnectorRef CONNECTOR_1 = ConnectorRef.of(CP1, 1);

    @Test
    void plugsInTheDefaultEvWithoutABody() {
        when(useCases.plugIn.plugIn(CONNECTOR_1, EvOverrides.NONE)).thenReturn(Samples.preparing(1));

        JsonNode data = api.post("/connectors/1/plug-in").data();

        assertThat(data.get("status").asText()).isEqualTo("Preparing");
        assertThat(data.at("/ev/soc_percent").asDouble()).isEqualTo(20.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{}", "null", "{\"soc\": null, \"phases\": null}"})
    void plugsInTheDefaultEvForABodyThatSaysNothing(String body) {
        when(useCases.plugIn.plugIn(CONNECTOR_1, EvOverrides.NONE)).thenReturn(Samples.preparing(1));

        api.post("/connectors/1/plug-in", body).data();

        verify(useCases.plugIn).plugIn(CONNECTOR_1, EvOverrides.NONE);
    }

    @Test
    void plugsInTheEvTheBodyDescribes() {
        when(useCases.plugIn.plugIn(any(), any())).thenReturn(Samples.preparing(1));

        api.post("/connectors/1/plug-in",
                "{\"soc\": 35.5, \"capacity_wh\": 77000, \"target_soc\": 90, \"max_power_w\": 7400, \"phases\": 1}")
                .data();

        verify(useCases.plugIn).plugIn(CONNECTOR_1, new EvOverrides(35.5, 77_000.0, 90.0, 7_400.0, 1));
    }

    @Test
    void keepsTheDefaultForEveryFieldTheBodyLeavesOut() {
        when(useCases.plugIn.plugIn(any(), any())).thenReturn(Samples.preparing(1));

        api.post("/connectors/1/plug-in", "{\"soc\": 50}").data();

        verify(useCases.plugIn).plugIn(CONNECTOR_1, new EvOverrides(50.0, null, null, null, null));
    }

    @Test
    void takesQueryParametersBeforeTheBody() {
        when(useCases.plugIn.plugIn(any(), any())).thenReturn(Samples.preparing(1));

        api.post("/connectors/1/plug-in?soc=10&phases=1&max_power_w=3.7e3", "{\"soc\": 50, \"target_soc\": 60}")
                .data();

        verify(useCases.plugIn).plugIn(CONNECTOR_1, new EvOverrides(10.0, null, 60.0, 3_700.0, 1));
    }

    @Test
    void plugsInOnAnyChargePoint() {
        when(useCases.plugIn.plugIn(any(), any())).thenReturn(Samples.preparing(1));

        api.post("/charge-points/CP002/connectors/2/plug-in", "{\"soc\": 5}").data();

        verify(useCases.plugIn).plugIn(ConnectorRef.of(CP2, 2), new EvOverrides(5.0, null, null, null, null));
    }

    /** The use case checks the EV as the application does: the real defaults with the request's overrides. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"soc": 150}                    | soc
            {"soc": -1}                     | soc
            {"capacity_wh": 0}              | capacity_wh
            {"target_soc": 10}              | target_soc
            {"soc": 60, "target_soc": 50}   | target_soc
            {"max_power_w": -11000}         | max_power_w
            {"phases": 2}                   | phases
            """)
    void answers400NamingTheFieldForAnEvThatCannotBe(String body, String field) {
        when(useCases.plugIn.plugIn(any(), any())).thenAnswer(call -> {
            call.getArgument(1, EvOverrides.class).applyTo(EvProfile.DEFAULT);
            return Samples.preparing(1);
        });

        JsonNode error = api.post("/connectors/1/plug-in", body).badRequest(field);

        assertThat(error.get("message").asText()).startsWith(field + ": must be");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"soc": "abc"}          | soc         | a number
            {"soc": "20"}           | soc         | a number
            {"soc": true}           | soc         | a number
            {"soc": ""}             | soc         | a number
            {"capacity_wh": [1]}    | capacity_wh | a number
            {"target_soc": {}}      | target_soc  | a number
            {"phases": 3.5}         | phases      | a whole number
            {"phases": "3"}         | phases      | a whole number
            """)
    void answers400NamingTheFieldOfTheWrongType(String body, String field, String expected) {
        JsonNode error = api.post("/connectors/1/plug-in", body).badRequest(field);

        assertThat(error.get("message").asText()).contains("must be " + expected);
        verifyNoInteractions(useCases.plugIn);
    }

    @Test
    void answers400NamingAnUnknownFieldAndTheKnownOnes() {
        JsonNode error = api.post("/connectors/1/plug-in", "{\"state_of_charge\": 20}").badRequest("state_of_charge");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText)
                .containsExactly("capacity_wh", "max_power_w", "phases", "soc", "target_soc");
        verifyNoInteractions(useCases.plugIn);
    }

    @ParameterizedTest
    @CsvSource({"soc=abc, soc", "soc=NaN, soc", "soc=1e999, soc", "target_soc=, target_soc",
            "phases=three, phases", "phases=3.0, phases"})
    void answers400NamingTheQueryParameterThatIsNotANumber(String query, String field) {
        api.post("/connectors/1/plug-in?" + query).badRequest(field);

        verifyNoInteractions(useCases.plugIn);
    }

    @Test
    void answers400ForABodyThatIsNotAnObject() {
        api.post("/connectors/1/plug-in", "[20]").failure(400, "BAD_REQUEST");

        verifyNoInteractions(useCases.plugIn);
    }
}
