package io.ocppsim.adapter.rest.configuration;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.web.ApiError;
import io.ocppsim.adapter.rest.web.ApiFailureException;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.InvalidRequestException;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.GetConfigurationUseCase;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OCPP configuration of a charge point: read every key, change one.
 *
 * <ul>
 *   <li>{@code GET /} lists every readable key with its value, as GetConfiguration without keys
 *       would; never the AuthorizationKey
 *   <li>{@code PUT /{key}} with {@code {"value": "600"}} changes the key through the very path a
 *       Central System's ChangeConfiguration takes: the same validation, the same live effect
 *       (a new HeartbeatInterval restarts the heartbeat at once), the same event. It answers
 *       {@code {"key": ..., "status": "Accepted" | "RebootRequired"}}; a rejected change is 400
 *       {@code CONFIGURATION_REJECTED} with the charge point's reason, a key the charge point does
 *       not know (or of a feature profile it does not support) is 404 {@code CONFIGURATION_KEY_UNKNOWN}.
 *       Key names are case-sensitive.
 * </ul>
 */
public record ConfigurationService(GetConfigurationUseCase getConfiguration, CoreProfileUseCase coreProfile,
        ChargePointLocator locator, ConfigurationMapper mapper, JsonCodec json) implements HttpService {

    static final String KEY = "key";
    static final String VALUE = "value";
    static final String REJECTED = "CONFIGURATION_REJECTED";
    static final String KEY_UNKNOWN = "CONFIGURATION_KEY_UNKNOWN";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .put("/{" + KEY + "}", this::change);
    }

    private void list(ServerRequest request, ServerResponse response) {
        ChargePointId chargePoint = locator.chargePoint(request);
        json.ok(response, new ConfigurationResponse(chargePoint.value(),
                mapper.toResponses(getConfiguration.configuration(chargePoint))));
    }

    private void change(ServerRequest request, ServerResponse response) {
        ChargePointId chargePoint = locator.chargePoint(request);
        String key = request.path().pathParameters().get(KEY);
        String value = json.readBody(request, ConfigurationChangeRequest.class)
                .map(ConfigurationChangeRequest::value)
                .orElseThrow(() -> new InvalidRequestException(VALUE,
                        "is required as a string in a JSON body, for example {\"value\": \"600\"}"));
        Reply<ConfigurationChange> reply = coreProfile.changeConfiguration(chargePoint, key, value);
        try {
            json.ok(response, answer(chargePoint, key, reply.answer()));
        } finally {
            reply.afterSent().run();
        }
    }

    /** The answer for a change the charge point took; the failure for one it did not. */
    private static ConfigurationChangeResponse answer(ChargePointId chargePoint, String key,
            ConfigurationChange change) {
        return switch (change.status()) {
            case Accepted, RebootRequired -> new ConfigurationChangeResponse(key, change.status().name());
            case Rejected -> throw new ApiFailureException(Status.BAD_REQUEST_400, new ApiError(REJECTED,
                    "charge point " + chargePoint + " rejected the change of " + key + ": " + change.reason(),
                    details(key, change)));
            case NotSupported -> throw new ApiFailureException(Status.NOT_FOUND_404, new ApiError(KEY_UNKNOWN,
                    "charge point " + chargePoint + " does not support configuration key " + key + ": "
                            + change.reason(),
                    details(key, change)));
        };
    }

    /** The key, the OCPP status and the reason; never the value, which may be the AuthorizationKey. */
    private static Map<String, Object> details(String key, ConfigurationChange change) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(KEY, key);
        details.put("status", change.status().name());
        details.put("reason", change.reason());
        return details;
    }
}
