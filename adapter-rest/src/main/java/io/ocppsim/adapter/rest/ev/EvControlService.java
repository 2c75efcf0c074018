package io.ocppsim.adapter.rest.ev;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.connector.ConnectorMapper;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.EvControlUseCase;

/**
 * The EV pauses and resumes charging on its own, as a car's battery management does.
 *
 * <ul>
 *   <li>{@code POST /{id}/ev-suspend}: the EV stops drawing energy; the connector goes SuspendedEV
 *   <li>{@code POST /{id}/ev-resume}: the EV draws energy again
 * </ul>
 *
 * Both answer the connector afterwards. Without a running transaction, or when the EV already is
 * (or is not) suspended, the connector refuses: 409 {@code CONNECTOR_REFUSED}.
 */
public record EvControlService(EvControlUseCase evControl, ChargePointLocator locator, ConnectorMapper mapper,
        JsonCodec json) implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/ev-suspend", this::postSuspend)
                .post("/{id}/ev-resume", this::postResume);
    }

    private void postSuspend(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(evControl.suspendByEv(locator.connector(request))));
    }

    private void postResume(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(evControl.resumeByEv(locator.connector(request))));
    }
}
