package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.when;

import io.ocppsim.application.port.in.HealthView;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestApiTest {

    private final UseCaseMocks useCases = new UseCaseMocks();

    @Test
    void startsOnAFreePortStopsAndStartsAgain() {
        useCases.reset();
        when(useCases.simulatorStatus.health()).thenReturn(new HealthView("UP", 1, 1, 1));
        try (RestApi restApi = new RestApi(new RestSettings("127.0.0.1", 0, false), useCases.useCases())) {
            int port = restApi.start();
            assertThat(port).isPositive();
            assertThat(new ApiClient(port).get("/system/health").data().get("status").asText()).isEqualTo("UP");

            assertThatIllegalStateException().isThrownBy(restApi::start);

            restApi.stop();
            restApi.stop();
            assertThat(new ApiClient(restApi.start()).get("/system/health").data()).isNotNull();
        }
    }

    @Test
    void hasTheDocumentedDefaults() {
        RestSettings defaults = RestSettings.defaults();

        assertThat(defaults).isEqualTo(new RestSettings("127.0.0.1", 8081, true, Duration.ofSeconds(60)));
    }

    @Test
    void refusesInvalidSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RestSettings(" ", 8081, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new RestSettings("0.0.0.0", 65_536, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new RestSettings("0.0.0.0", -1, true));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RestSettings("0.0.0.0", 8081, true, Duration.ZERO));
    }
}
