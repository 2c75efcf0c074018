package io.ocppsim.adapter.rest.connection;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.ConnectUseCase;
import io.ocppsim.application.port.in.DisconnectUseCase;
import io.ocppsim.application.port.in.GetConnectionStatusUseCase;

/**
 * A charge point's connection to its Central System. Each answers the connection as it then is.
 *
 * <ul>
 *   <li>{@code POST /connect} connects and keeps connecting; it returns at once, the progress shows
 *       in {@code GET /status} and in the events
 *   <li>{@code POST /disconnect} disconnects and stays disconnected
 *   <li>{@code GET /status}
 * </ul>
 */
public record ConnectionService(ConnectUseCase connect, DisconnectUseCase disconnect,
        GetConnectionStatusUseCase connectionStatus, ChargePointLocator locator, ConnectionMapper mapper,
        JsonCodec json) implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.post("/connect", this::postConnect)
                .post("/disconnect", this::postDisconnect)
                .get("/status", this::status);
    }

    private void postConnect(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(connect.connect(locator.chargePoint(request))));
    }

    private void postDisconnect(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(disconnect.disconnect(locator.chargePoint(request))));
    }

    private void status(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(connectionStatus.connectionStatus(locator.chargePoint(request))));
    }
}
