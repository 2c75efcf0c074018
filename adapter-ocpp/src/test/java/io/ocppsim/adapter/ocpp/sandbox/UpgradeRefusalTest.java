package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How the sandbox answers an upgrade it refuses: with the HTTP status that says why. */
class UpgradeRefusalTest extends SandboxTestSupport {

    @Test
    void missingCredentialsAreAnsweredWith401AndABasicChallenge() {
        cs.requirePassword("CP-1", "s3cret-key");

        HttpResponse<?> refusal = refusal(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp1.6"), null));

        assertThat(refusal.statusCode()).isEqualTo(401);
        assertThat(refusal.body()).hasToString("missing or wrong HTTP Basic credentials for CP-1");
        assertThat(refusal.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void wrongCredentialsAreAnsweredWith401() {
        cs.requirePassword("CP-1", "s3cret-key");

        assertThat(refusal(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp1.6"), "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(cs.isConnected("CP-1")).isFalse();
    }

    @Test
    void theRightCredentialsStillUpgrade() {
        cs.requirePassword("CP-1", "s3cret-key");

        TestChargePoint.connect(cs, "CP-1", List.of("ocpp1.6"), "s3cret-key");

        cs.awaitConnected("CP-1", TIMEOUT);
    }

    @Test
    void aMissingSubprotocolIsAnsweredWith400() {
        HttpResponse<?> refusal = refusal(TestChargePoint.connectAsync(cs, "CP-1", List.of("ocpp2.0.1"), null));

        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.body()).hasToString("the client does not offer the subprotocol ocpp1.6");
        assertThat(cs.isConnected("CP-1")).isFalse();
    }

    @Test
    void aPlainHttpRequestIsToldToUpgrade() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(cs.url().replace("ws://", "http://") + "/CP-1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(426);
        assertThat(response.headers().firstValue("Upgrade")).contains("websocket");
    }

    private static HttpResponse<?> refusal(CompletableFuture<TestChargePoint> connecting) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> TestChargePoint.join(connecting))
                .satisfies(thrown -> failure[0] = thrown.getCause())
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure[0]).getResponse();
    }
}
