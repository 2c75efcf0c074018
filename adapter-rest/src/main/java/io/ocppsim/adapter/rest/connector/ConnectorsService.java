package io.ocppsim.adapter.rest.connector;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.PlugInUseCase;
import io.ocppsim.application.port.in.PlugOutUseCase;

/**
 * The connectors of a charge point: list them, read one, plug a cable in or pull it out.
 *
 * <ul>
 *   <li>{@code GET /} lists connector 0 and then every physical connector
 *   <li>{@code GET /{id}} reads one connector
 *   <li>{@code POST /{id}/plug-in} and {@code POST /{id}/plug-out} answer the connector afterwards
 * </ul>
 */
public record ConnectorsService(GetConnectorsUseCase getConnectors, PlugInUseCase plugIn, PlugOutUseCase plugOut,
        ChargePointLocator locator, ConnectorMapper mapper, JsonCodec json) implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{id}", this::read)
                .post("/{id}/plug-in", this::postPlugIn)
                .post("/{id}/plug-out", this::postPlugOut);
    }

    private void list(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponses(getConnectors.connectors(locator.chargePoint(request))));
    }

    private void read(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(getConnectors.connector(locator.connector(request))));
    }

    private void postPlugIn(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(plugIn.plugIn(locator.connector(request))));
    }

    private void postPlugOut(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(plugOut.plugOut(locator.connector(request))));
    }
}
