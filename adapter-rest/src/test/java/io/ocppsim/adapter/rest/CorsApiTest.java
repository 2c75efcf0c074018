package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.ocppsim.application.port.in.HealthView;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CorsApiTest {

    private static final String ORIGIN = "http://dashboard.example";

    @Nested
    class Enabled extends ApiTestBase {

        @Test
        void allowsAnyOrigin() {
            when(useCases.simulatorStatus.health()).thenReturn(new HealthView("UP", 1, 1, 1));

            ApiAnswer answer = api.send(api.request("/system/health").header("Origin", ORIGIN).GET());

            answer.data();
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        }

        @Test
        void answersAPreflight() {
            ApiAnswer answer = api.send(api.request("/connectors/1/plug-in")
                    .header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", BodyPublishers.noBody()));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
            assertThat(answer.headers().firstValue("Access-Control-Allow-Methods"))
                    .hasValueSatisfying(methods -> assertThat(methods).isIn("*", "POST"));
        }
    }

    @Nested
    class Disabled extends ApiTestBase {

        @Override
        protected RestSettings settings() {
            return new RestSettings("127.0.0.1", 0, false, Duration.ofSeconds(10));
        }

        @Test
        void sendsNoCorsHeaders() {
            when(useCases.simulatorStatus.health()).thenReturn(new HealthView("UP", 1, 1, 1));

            ApiAnswer answer = api.send(api.request("/system/health").header("Origin", ORIGIN).GET());

            answer.data();
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
