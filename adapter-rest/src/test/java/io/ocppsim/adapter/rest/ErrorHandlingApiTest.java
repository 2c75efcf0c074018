package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.RefusedException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorHandlingApiTest extends ApiTestBase {

    @Test
    void answers404ForAnUnknownRoute() {
        JsonNode error = api.get("/no/such/thing").failure(404, "NOT_FOUND");

        assertThat(error.get("message").asText()).isEqualTo("no endpoint for GET /no/such/thing");
        assertThat(error.at("/details/path").asText()).isEqualTo("/no/such/thing");
    }

    @Test
    void answers404ForAKnownPathWithAnotherMethod() {
        JsonNode error = api.get("/connectors/1/plug-in").failure(404, "NOT_FOUND");

        assertThat(error.at("/details/method").asText()).isEqualTo("GET");
    }

    @Test
    void answers500WithoutInternalsForAnUnexpectedFailure() {
        when(useCases.plugIn.plugIn(any(), any())).thenThrow(new IllegalStateException("secret internal state"));

        ApiAnswer answer = api.post("/connectors/1/plug-in");

        JsonNode error = answer.failure(500, "INTERNAL_ERROR");
        assertThat(error.get("details").isEmpty()).isTrue();
        assertThat(answer.body()).doesNotContain("secret", "IllegalStateException", "at io.");
    }

    @Test
    void unwrapsAFailureAUseCaseThrowsWrapped() {
        when(useCases.plugIn.plugIn(any(), any())).thenThrow(new CompletionException(
                new RefusedException(Reason.NOT_CONNECTED, "not connected", Map.of())));

        api.post("/connectors/1/plug-in").failure(503, "NOT_CONNECTED");
    }

    @Test
    void answersJsonForAMalformedUrlEncoding() {
        RawHttp.Answer answer = RawHttp.send(api.port(),
                "GET /connectors/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).contains("content-type: application/json");
        assertThat(json(answer.body()).at("/error/code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void answersJsonForABodyAboveTheSizeLimit() {
        RawHttp.Answer answer = RawHttp.send(api.port(), "POST /connectors/1/fault HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (RestApi.MAX_BODY_BYTES + 1) + "\r\n\r\n");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(json(answer.body()).at("/error/code").asText()).isEqualTo("REQUEST_ENTITY_TOO_LARGE");
        verifyNoInteractions(useCases.injectFault);
    }

    /** Bad input is the client's fault: never a 500, always the JSON envelope, and no use case runs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /connectors/x                                 |
            GET  | /charge-points/a%3Ab/connectors/1             |
            POST | /connectors/1/start-transaction               | {"id_tag":
            POST | /connectors/1/start-transaction               | {"id_tag": "a", "extra": 1}
            POST | /connectors/1/start-transaction?id_tag=%20     |
            POST | /connectors/1/start-transaction               | {"id_tag": 1.5}
            POST | /connectors/1/start-transaction               | {"id_tag": "12345678901234567890X"}
            POST | /connectors/1/start-transaction               | [1, 2]
            POST | /connectors/1/stop-transaction?reason=        |
            POST | /connectors/1/stop-transaction                | {"reason": null, "why": "x"}
            POST | /connectors/1/fault                           | {"error_code": ["HighTemperature"]}
            POST | /connectors/1/fault                           | {"error_code": "HighTemperature", "info": "a\\u0007b"}
            POST | /connectors/1/fault?error_code=NoError        |
            POST | /connectors/1/clear-fault                     | {"error_code": {}}
            POST | /connectors/1/clear-fault                     | \u00ff\u00fe
            GET  | /events?limit=1e9                             |
            GET  | /events?limit=-5                              |
            GET  | /events?types=,,nope                          |
            GET  | /events?connectors=2147483648                 |
            PUT  | /connectors/1                                 |
            DELETE | /connection/connect                         |
            PUT  | /configuration/HeartbeatInterval              |
            PUT  | /configuration/HeartbeatInterval              | {"value": 600}
            PUT  | /configuration/HeartbeatInterval              | {"value": "600", "extra": 1}
            PUT  | /configuration/HeartbeatInterval              | ["600"]
            PUT  | /configuration                                | {"value": "600"}
            POST | /configuration/HeartbeatInterval              | {"value": "600"}
            GET  | /charge-points/a%3Ab/configuration            |
            POST | /data-transfer                                |
            POST | /data-transfer                                | {"vendor_id": ""}
            POST | /data-transfer                                | {"vendor_id": "a\u0000b"}
            POST | /data-transfer                                | {"vendor_id": "com.example", "data": []}
            POST | /data-transfer                                | {"vendor_id": "com.example",
            DELETE | /data-transfer                              |
            """)
    void neverAnswers500ForBadInput(String method, String path, String body) {
        ApiAnswer answer = api.send(api.request(path)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));

        assertThat(answer.status()).as("%s %s: %s", method, path, answer.body()).isIn(400, 404);
        assertThat(answer.json().get("success").booleanValue()).isFalse();
        verifyNoInteractions(useCases.connectors, useCases.plugIn, useCases.plugOut, useCases.startTransaction,
                useCases.stopTransaction, useCases.injectFault, useCases.clearFault, useCases.connect,
                useCases.disconnect, useCases.events, useCases.configuration, useCases.coreProfile,
                useCases.dataTransfer);
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
