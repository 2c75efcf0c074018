package io.ocppsim.adapter.rest.connector;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.Inputs;
import io.ocppsim.adapter.rest.web.InvalidRequestException;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.EvOverrides;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.PlugInUseCase;
import io.ocppsim.application.port.in.PlugOutUseCase;
import io.ocppsim.domain.common.InvalidValueException;
import java.util.Map;
import java.util.Optional;

/**
 * The connectors of a charge point: list them, read one, plug a cable in or pull it out.
 *
 * <ul>
 *   <li>{@code GET /} lists connector 0 and then every physical connector
 *   <li>{@code GET /{id}} reads one connector
 *   <li>{@code POST /{id}/plug-in} plugs in the charge point's default EV, or one that differs from
 *       it as an optional JSON body says:
 *       {@code {"soc": 20, "capacity_wh": 60000, "target_soc": 80, "max_power_w": 11000, "phases": 3}}.
 *       Each field may come as a query parameter instead ({@code ?soc=20}); the query parameter wins.
 *       A value the EV cannot have is a 400 that names the field as the API spells it
 *   <li>{@code POST /{id}/plug-out} pulls the cable out
 * </ul>
 *
 * Both plug-in and plug-out answer the connector afterwards.
 */
public record ConnectorsService(GetConnectorsUseCase getConnectors, PlugInUseCase plugIn, PlugOutUseCase plugOut,
        ChargePointLocator locator, ConnectorMapper mapper, JsonCodec json) implements HttpService {

    static final String SOC = "soc";
    static final String CAPACITY_WH = "capacity_wh";
    static final String TARGET_SOC = "target_soc";
    static final String MAX_POWER_W = "max_power_w";
    static final String PHASES = "phases";

    /** The EV's fields as the domain names them in its errors, and as the API spells them. */
    private static final Map<String, String> EV_FIELDS = Map.of(
            "initialSocPercent", SOC,
            "batteryCapacityWh", CAPACITY_WH,
            "targetSocPercent", TARGET_SOC,
            "maxAcPowerW", MAX_POWER_W,
            "phases", PHASES);

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
        ConnectorRef connector = locator.connector(request);
        EvOverrides ev = mapper.toOverrides(evOf(request));
        ConnectorView view;
        try {
            view = plugIn.plugIn(connector, ev);
        } catch (InvalidValueException e) {
            String field = EV_FIELDS.get(e.field());
            if (field == null) {
                throw e;
            }
            throw new InvalidRequestException(field, e.reason());
        }
        json.ok(response, mapper.toResponse(view));
    }

    private void postPlugOut(ServerRequest request, ServerResponse response) {
        json.ok(response, mapper.toResponse(plugOut.plugOut(locator.connector(request))));
    }

    /** The EV the request describes: the body's fields, each replaced by its query parameter if given. */
    private PlugInRequest evOf(ServerRequest request) {
        PlugInRequest body = json.readBody(request, PlugInRequest.class).orElse(PlugInRequest.DEFAULT_EV);
        return new PlugInRequest(
                decimal(request, SOC).orElse(body.soc()),
                decimal(request, CAPACITY_WH).orElse(body.capacityWh()),
                decimal(request, TARGET_SOC).orElse(body.targetSoc()),
                decimal(request, MAX_POWER_W).orElse(body.maxPowerW()),
                Inputs.query(request, PHASES)
                        .map(value -> Inputs.integer(PHASES, value, Integer.MIN_VALUE, Integer.MAX_VALUE))
                        .orElse(body.phases()));
    }

    private static Optional<Double> decimal(ServerRequest request, String field) {
        return Inputs.query(request, field).map(value -> Inputs.decimal(field, value));
    }
}
