package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionsApiTest extends ApiTestBase {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);
    private static final ConnectorRef CONNECTOR_1 = ConnectorRef.of(CP1, 1);

    @Override
    protected RestSettings settings() {
        return new RestSettings("127.0.0.1", 0, true, REQUEST_TIMEOUT);
    }

    @Test
    void startsATransactionWithTheIdTagOfTheQuery() {
        when(useCases.startTransaction.startTransaction(any()))
                .thenReturn(CompletableFuture.completedFuture(Samples.charging(1)));

        JsonNode data = api.post("/connectors/1/start-transaction?id_tag=user123").data();

        assertThat(data.get("status").asText()).isEqualTo("Charging");
        assertThat(data.at("/transaction/id_tag").asText()).isEqualTo("user123");
        verify(useCases.startTransaction).startTransaction(
                new StartTransactionCommand(CONNECTOR_1, IdTag.of("user123")));
    }

    @Test
    void takesTheIdTagFromAJsonBodyWhenTheQueryHasNone() {
        when(useCases.startTransaction.startTransaction(any()))
                .thenReturn(CompletableFuture.completedFuture(Samples.charging(1)));

        api.post("/connectors/1/start-transaction", "{\"id_tag\": \"RFID-7\"}").data();

        verify(useCases.startTransaction).startTransaction(new StartTransactionCommand(CONNECTOR_1, IdTag.of("RFID-7")));
    }

    @Test
    void answersWhenTheConnectorWaitsForTheCable() {
        when(useCases.startTransaction.startTransaction(any()))
                .thenReturn(CompletableFuture.completedFuture(Samples.preparing(1)));

        assertThat(api.post("/connectors/1/start-transaction?id_tag=a").data().get("status").asText())
                .isEqualTo("Preparing");
    }

    @Test
    void answers400WithoutAnIdTag() {
        JsonNode error = api.post("/connectors/1/start-transaction").badRequest("id_tag");

        assertThat(error.get("message").asText()).contains("required");
        verifyNoInteractions(useCases.startTransaction);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"id_tag\": null}"})
    void answers400ForABodyWithoutAnIdTag(String body) {
        api.post("/connectors/1/start-transaction", body).badRequest("id_tag");
    }

    @Test
    void answers400ForAnIdTagLongerThan20Characters() {
        JsonNode error = api.post("/connectors/1/start-transaction?id_tag=" + "x".repeat(21)).badRequest("id_tag");

        assertThat(error.get("message").asText()).isEqualTo("id_tag: must be at most 20 characters, was 21");
        verifyNoInteractions(useCases.startTransaction);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%20%20", "caf%C3%A9"})
    void answers400ForABlankOrNonAsciiIdTag(String idTag) {
        api.post("/connectors/1/start-transaction?id_tag=" + idTag).badRequest("id_tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id_tag\": ", "{id_tag: \"a\"}", "not json", "{\"id_tag\": \"a\"} trailing",
            "{\"id_tag\": \"a\", \"id_tag\": \"b\"}"})
    void answers400ForAMalformedJsonBody(String body) {
        JsonNode error = api.post("/connectors/1/start-transaction", body).failure(400, "BAD_REQUEST");

        assertThat(error.get("message").asText()).startsWith("the request body is not valid JSON");
        verifyNoInteractions(useCases.startTransaction);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id_tag\": 123}", "{\"id_tag\": true}", "{\"id_tag\": [\"a\"]}",
            "{\"id_tag\": {\"a\": 1}}"})
    void answers400ForAnIdTagThatIsNotAString(String body) {
        JsonNode error = api.post("/connectors/1/start-transaction", body).badRequest("id_tag");

        assertThat(error.get("message").asText()).isEqualTo("id_tag: must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"user123\"", "42"})
    void answers400ForABodyThatIsNotAnObject(String body) {
        JsonNode error = api.post("/connectors/1/start-transaction", body).failure(400, "BAD_REQUEST");

        assertThat(error.get("message").asText()).isEqualTo("the request body must be a JSON object");
    }

    @Test
    void answers400NamingAnUnknownBodyField() {
        JsonNode error = api.post("/connectors/1/start-transaction", "{\"idTag\": \"user123\"}").badRequest("idTag");

        assertThat(error.at("/details/allowed").toString()).isEqualTo("[\"id_tag\"]");
    }

    @Test
    void answers503WhenTheChargePointIsNotConnected() {
        when(useCases.startTransaction.startTransaction(any())).thenThrow(new RefusedException(Reason.NOT_CONNECTED,
                "charge point CP001 is not connected", Map.of("connection_state", "DISCONNECTED")));

        JsonNode error = api.post("/connectors/1/start-transaction?id_tag=a").failure(503, "NOT_CONNECTED");

        assertThat(error.at("/details/connection_state").asText()).isEqualTo("DISCONNECTED");
    }

    @Test
    void answers503WhenTheCentralSystemHasNotAcceptedTheChargePoint() {
        when(useCases.startTransaction.startTransaction(any())).thenReturn(CompletableFuture.failedFuture(
                new RefusedException(Reason.NOT_ACCEPTED, "not accepted", Map.of("registration", "Pending"))));

        api.post("/connectors/1/start-transaction?id_tag=a").failure(503, "NOT_ACCEPTED");
    }

    @Test
    void answers403WhenTheCentralSystemRejectsTheIdTag() {
        when(useCases.startTransaction.startTransaction(any())).thenReturn(CompletableFuture.failedFuture(
                new RefusedException(Reason.AUTHORIZATION_REJECTED, "the Central System answered Blocked",
                        Map.of("id_tag", "user123", "status", "Blocked"))));

        JsonNode error = api.post("/connectors/1/start-transaction?id_tag=user123")
                .failure(403, "AUTHORIZATION_REJECTED");

        assertThat(error.at("/details/status").asText()).isEqualTo("Blocked");
    }

    @ParameterizedTest
    @CsvSource({"CENTRAL_SYSTEM_TIMEOUT, 504", "CENTRAL_SYSTEM_ERROR, 502"})
    void answersTheCentralSystemsFailures(Reason reason, int status) {
        when(useCases.startTransaction.startTransaction(any())).thenReturn(CompletableFuture.supplyAsync(() -> {
            throw new RefusedException(reason, "Authorize failed", Map.of("action", "Authorize"));
        }));

        JsonNode error = api.post("/connectors/1/start-transaction?id_tag=a").failure(status, reason.name());

        assertThat(error.at("/details/action").asText()).isEqualTo("Authorize");
    }

    @Test
    void answers504WhenTheTransactionDoesNotStartWithinTheRequestTimeout() {
        when(useCases.startTransaction.startTransaction(any())).thenReturn(new CompletableFuture<>());

        JsonNode error = api.post("/connectors/1/start-transaction?id_tag=a").failure(504, "TIMEOUT");

        assertThat(error.at("/details/timeout_ms").asLong()).isEqualTo(REQUEST_TIMEOUT.toMillis());
    }

    @Test
    void stopsWithReasonLocalByDefault() {
        when(useCases.stopTransaction.stopTransaction(any())).thenReturn(Samples.available(1));

        api.post("/connectors/1/stop-transaction").data();

        verify(useCases.stopTransaction).stopTransaction(StopTransactionCommand.local(CONNECTOR_1));
    }

    @Test
    void stopsWithTheReasonOfTheQueryOrTheBody() {
        when(useCases.stopTransaction.stopTransaction(any())).thenReturn(Samples.available(1));

        api.post("/connectors/1/stop-transaction?reason=EVDisconnected").data();
        api.post("/connectors/1/stop-transaction", "{\"reason\": \"Remote\"}").data();

        verify(useCases.stopTransaction).stopTransaction(
                new StopTransactionCommand(CONNECTOR_1, StopReason.EVDisconnected));
        verify(useCases.stopTransaction).stopTransaction(new StopTransactionCommand(CONNECTOR_1, StopReason.Remote));
    }

    @Test
    void answers400ListingTheReasonsForAnUnknownReason() {
        JsonNode error = api.post("/connectors/1/stop-transaction?reason=Whatever").badRequest("reason");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText).contains("Local", "Remote",
                "DeAuthorized");
        verifyNoInteractions(useCases.stopTransaction);
    }
}
