package io.ocppsim.adapter.rest.statistics;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.GetStatisticsUseCase;

/**
 * A charge point's real-time statistics. {@code GET /} answers uptime, connector states, the
 * running transactions with their energy, power and state of charge, the energy delivered in total
 * and per connector, whether the charge point is connected, the faults injected and the seed of its
 * random draws; see {@link StatisticsResponse}.
 */
public record StatisticsService(GetStatisticsUseCase statistics, ChargePointLocator locator,
        StatisticsMapper mapper, JsonCodec json) implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::read);
    }

    private void read(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(statistics.statistics(locator.chargePoint(request))));
    }
}
