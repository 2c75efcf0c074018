package io.ocppsim.adapter.rest.system;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ApiResponse;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.HealthView;

/**
 * The simulator as a whole. Mounted at the root.
 *
 * <ul>
 *   <li>{@code GET /status}: version, uptime and every charge point with its connection and connectors
 *   <li>{@code GET /system/health}: a successful envelope in both cases, with HTTP 200 when the
 *       status is UP and 503 when it is DEGRADED, so that load balancers and probes that only look
 *       at the status code see the difference
 * </ul>
 */
public record SystemService(GetSimulatorStatusUseCase simulator, SystemMapper mapper, JsonCodec json)
        implements HttpService {

    static final String UP = "UP";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/status", this::status)
                .get("/system/health", this::health);
    }

    private void status(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(simulator.status()));
    }

    private void health(ServerRequest request, ServerResponse response) {
        HealthView health = simulator.health();
        Status status = UP.equals(health.status()) ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503;
        json.send(response, status, ApiResponse.ok(mapper.toResponse(health)));
    }
}
