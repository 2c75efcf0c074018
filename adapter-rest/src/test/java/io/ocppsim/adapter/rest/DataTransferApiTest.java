package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static io.ocppsim.adapter.rest.Samples.CP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.SendDataTransferUseCase.DataTransferCommand;
import io.ocppsim.application.port.in.SendDataTransferUseCase.DataTransferReply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataTransferApiTest extends ApiTestBase {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);
    private static final String HELLO = """
            {"vendor_id": "com.example", "message_id": "Hello", "data": "{\\"a\\": 1}"}
            """;

    @Override
    protected RestSettings settings() {
        return new RestSettings("127.0.0.1", 0, true, REQUEST_TIMEOUT);
    }

    private void answers(String status, String data) {
        when(useCases.dataTransfer.sendDataTransfer(any()))
                .thenReturn(CompletableFuture.completedFuture(new DataTransferReply(status, data)));
    }

    @Test
    void sendsTheDataTransferAndAnswersWhatTheCentralSystemReplied() {
        answers("Accepted", "World");

        JsonNode data = api.post("/data-transfer", HELLO).data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("status", "data");
        assertThat(data.get("status").asText()).isEqualTo("Accepted");
        assertThat(data.get("data").asText()).isEqualTo("World");
        verify(useCases.dataTransfer).sendDataTransfer(
                new DataTransferCommand(CP1, "com.example", "Hello", "{\"a\": 1}"));
    }

    @Test
    void sendsOnlyTheVendorIdWhenThatIsAllThereIs() {
        answers("Accepted", null);

        JsonNode data = api.post("/data-transfer", "{\"vendor_id\": \"com.example\"}").data();

        assertThat(data.has("data")).isTrue();
        assertThat(data.get("data").isNull()).isTrue();
        verify(useCases.dataTransfer).sendDataTransfer(new DataTransferCommand(CP1, "com.example", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rejected", "UnknownMessageId", "UnknownVendorId"})
    void answersARefusalOfTheCentralSystemAsASuccessfulExchange(String status) {
        answers(status, null);

        assertThat(api.post("/data-transfer", HELLO).data().get("status").asText()).isEqualTo(status);
    }

    @Test
    void sendsFromAnyChargePointUnderItsId() {
        answers("Accepted", null);

        api.post("/charge-points/CP002/data-transfer", HELLO).data();

        verify(useCases.dataTransfer).sendDataTransfer(
                new DataTransferCommand(CP2, "com.example", "Hello", "{\"a\": 1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"message_id\": \"Hello\"}", "{\"vendor_id\": null}",
            "{\"vendor_id\": \"  \"}"})
    void answers400WithoutAVendorId(String body) {
        api.post("/data-transfer", body).badRequest("vendor_id");

        verifyNoInteractions(useCases.dataTransfer);
    }

    @Test
    void answers400ForAVendorIdLongerThan255Characters() {
        JsonNode error = api.post("/data-transfer", "{\"vendor_id\": \"" + "v".repeat(256) + "\"}")
                .badRequest("vendor_id");

        assertThat(error.get("message").asText()).isEqualTo("vendor_id: must be at most 255 characters, was 256");
        verifyNoInteractions(useCases.dataTransfer);
    }

    @Test
    void answers400ForAMessageIdLongerThan50Characters() {
        api.post("/data-transfer", "{\"vendor_id\": \"com.example\", \"message_id\": \"" + "m".repeat(51) + "\"}")
                .badRequest("message_id");

        verifyNoInteractions(useCases.dataTransfer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"vendor_id": 42}                                  | vendor_id
            {"vendor_id": "com.example", "message_id": true}   | message_id
            {"vendor_id": "com.example", "data": {"a": 1}}     | data
            {"vendor_id": "com.example", "data": 1.5}          | data
            """)
    void answers400ForAFieldThatIsNotAString(String body, String field) {
        JsonNode error = api.post("/data-transfer", body).badRequest(field);

        assertThat(error.get("message").asText()).isEqualTo(field + ": must be a string");
        verifyNoInteractions(useCases.dataTransfer);
    }

    @Test
    void answers400NamingAnUnknownBodyField() {
        JsonNode error = api.post("/data-transfer", "{\"vendorId\": \"com.example\"}").badRequest("vendorId");

        assertThat(error.at("/details/allowed")).extracting(JsonNode::asText)
                .containsExactly("data", "message_id", "vendor_id");
    }

    @Test
    void answers503WhenTheChargePointIsNotConnected() {
        when(useCases.dataTransfer.sendDataTransfer(any())).thenReturn(CompletableFuture.failedFuture(
                new RefusedException(Reason.NOT_CONNECTED, "charge point CP001 is not connected",
                        Map.of("connection_state", "DISCONNECTED"))));

        JsonNode error = api.post("/data-transfer", HELLO).failure(503, "NOT_CONNECTED");

        assertThat(error.at("/details/connection_state").asText()).isEqualTo("DISCONNECTED");
    }

    @Test
    void answers503WhenTheCentralSystemHasNotAcceptedTheChargePoint() {
        when(useCases.dataTransfer.sendDataTransfer(any())).thenThrow(
                new RefusedException(Reason.NOT_ACCEPTED, "not accepted", Map.of("registration", "Pending")));

        api.post("/data-transfer", HELLO).failure(503, "NOT_ACCEPTED");
    }

    @ParameterizedTest
    @CsvSource({"CENTRAL_SYSTEM_TIMEOUT, 504", "CENTRAL_SYSTEM_ERROR, 502"})
    void answersTheCentralSystemsFailures(Reason reason, int status) {
        when(useCases.dataTransfer.sendDataTransfer(any())).thenReturn(CompletableFuture.supplyAsync(() -> {
            throw new RefusedException(reason, "DataTransfer failed", Map.of("action", "DataTransfer"));
        }));

        JsonNode error = api.post("/data-transfer", HELLO).failure(status, reason.name());

        assertThat(error.at("/details/action").asText()).isEqualTo("DataTransfer");
    }

    @Test
    void answers504WhenTheCentralSystemDoesNotAnswerWithinTheRequestTimeout() {
        when(useCases.dataTransfer.sendDataTransfer(any())).thenReturn(new CompletableFuture<>());

        JsonNode error = api.post("/data-transfer", HELLO).failure(504, "TIMEOUT");

        assertThat(error.at("/details/timeout_ms").asLong()).isEqualTo(REQUEST_TIMEOUT.toMillis());
    }

    @Test
    void answers404ForAnUnknownChargePoint() {
        when(useCases.dataTransfer.sendDataTransfer(any())).thenReturn(CompletableFuture.failedFuture(
                new RefusedException(Reason.CHARGE_POINT_NOT_FOUND, "no charge point with id NOPE")));

        api.post("/charge-points/NOPE/data-transfer", HELLO).failure(404, "CHARGE_POINT_NOT_FOUND");
    }

    @Test
    void answers404ForAnotherMethod() {
        api.get("/data-transfer").failure(404, "NOT_FOUND");

        verifyNoInteractions(useCases.dataTransfer);
    }
}
