package io.ocppsim.adapter.rest.web;

import io.helidon.http.DirectHandler.EventType;
import io.helidon.http.DirectHandler.TransportRequest;
import io.helidon.http.DirectHandler.TransportResponse;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.NotFoundException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.IllegalTransitionException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns every failure into a JSON answer, in this one place:
 *
 * <table>
 *   <caption>failures and their answers</caption>
 *   <tr><th>failure</th><th>status</th><th>code</th></tr>
 *   <tr><td>{@link InvalidRequestException}, the domain's {@link InvalidValueException}</td>
 *       <td>400</td><td>{@code BAD_REQUEST}</td></tr>
 *   <tr><td>{@link RefusedException} CHARGE_POINT_NOT_FOUND, CONNECTOR_NOT_FOUND</td><td>404</td>
 *       <td>the reason</td></tr>
 *   <tr><td>{@link RefusedException} AUTHORIZATION_REJECTED</td><td>403</td><td>the reason</td></tr>
 *   <tr><td>{@link RefusedException} NOT_CONNECTED, NOT_ACCEPTED</td><td>503</td><td>the reason</td></tr>
 *   <tr><td>{@link RefusedException} CENTRAL_SYSTEM_ERROR</td><td>502</td><td>the reason</td></tr>
 *   <tr><td>{@link RefusedException} CENTRAL_SYSTEM_TIMEOUT</td><td>504</td><td>the reason</td></tr>
 *   <tr><td>{@link IllegalTransitionException}</td><td>409</td><td>{@code ILLEGAL_TRANSITION}</td></tr>
 *   <tr><td>{@link ConnectorRejectedException}</td><td>409</td><td>{@code CONNECTOR_REFUSED}</td></tr>
 *   <tr><td>{@link TimedOutException}</td><td>504</td><td>{@code TIMEOUT}</td></tr>
 *   <tr><td>{@link ApiFailureException}</td><td>its status</td><td>its code</td></tr>
 *   <tr><td>no such endpoint (also a known path with another method)</td><td>404</td>
 *       <td>{@code NOT_FOUND}</td></tr>
 *   <tr><td>another of Helidon's {@link HttpException}s</td><td>its status</td><td>from its status</td></tr>
 *   <tr><td>anything else</td><td>500</td><td>{@code INTERNAL_ERROR}, logged with its stack trace</td></tr>
 * </table>
 *
 * Failures of futures are unwrapped first. Requests Helidon rejects before routing (a malformed
 * request line or URL encoding, a body above the size limit) get the same envelope through
 * {@link #directHandlers()}.
 */
public final class ErrorMapping {

    private static final Logger LOGGER = System.getLogger(ErrorMapping.class.getName());
    private static final byte[] LAST_RESORT = ("{\"success\":false,\"error\":{\"code\":\"INTERNAL_ERROR\","
            + "\"message\":\"the error could not be described\",\"details\":{}}}").getBytes(StandardCharsets.UTF_8);

    private final JsonCodec json;

    public ErrorMapping(JsonCodec json) {
        this.json = json;
    }

    /** A failure as the API answers it. */
    private record Failure(Status status, ApiError error) {
    }

    /** Registers the handler that answers every exception a route throws. */
    public void register(HttpRouting.Builder routing) {
        routing.error(Exception.class, this::handle);
    }

    /** Handlers for the requests that never reach routing, answering in the same envelope. */
    public DirectHandlers directHandlers() {
        DirectHandlers.Builder builder = DirectHandlers.builder();
        DirectHandler handler = this::handleDirect;
        for (EventType type : EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** What the API answers for {@code failure}, thrown while handling {@code request}. */
    private static Failure describe(Throwable failure, ServerRequest request) {
        return switch (unwrap(failure)) {
            case InvalidRequestException e -> badRequest(e.field(), e.getMessage(), e.details());
            case InvalidValueException e -> {
                String field = snakeCase(e.field());
                yield badRequest(field, field + ": " + e.reason(), Map.of());
            }
            case ApiFailureException e -> new Failure(e.status(), e.error());
            case RefusedException e -> new Failure(statusOf(e.reason()),
                    new ApiError(e.reason().name(), e.getMessage(), e.details()));
            case IllegalTransitionException e -> new Failure(Status.CONFLICT_409,
                    new ApiError("ILLEGAL_TRANSITION", e.getMessage(), details(
                            "connector_id", e.connectorId().value(), "from", e.from().name(),
                            "event", e.event().name(), "to", e.to().name())));
            case ConnectorRejectedException e -> new Failure(Status.CONFLICT_409,
                    new ApiError("CONNECTOR_REFUSED", e.getMessage(), details(
                            "connector_id", e.connectorId().value(), "status", e.status().name(),
                            "event", e.event().name(), "reason", e.reason().name())));
            case TimedOutException e -> new Failure(Status.GATEWAY_TIMEOUT_504,
                    new ApiError("TIMEOUT", e.getMessage(), Map.of("timeout_ms", e.timeout().toMillis())));
            case NotFoundException e -> notFound(request);
            case HttpException e -> new Failure(e.status(),
                    new ApiError(codeOf(e.status()), messageOr(e.getMessage(), e.status().reasonPhrase())));
            case Throwable e -> internalError(e);
        };
    }

    private void handle(ServerRequest request, ServerResponse response, Exception exception) {
        Failure failure = describeSafely(exception, request);
        response.status(failure.status()).header(HeaderValues.CONTENT_TYPE_JSON).send(bodyOf(failure.error()));
    }

    private TransportResponse handleDirect(TransportRequest request, EventType eventType, Status status,
            ServerResponseHeaders headers, String message) {
        ApiError error = new ApiError(codeOf(status), messageOr(message, status.reasonPhrase()));
        headers.set(HeaderValues.CONTENT_TYPE_JSON);
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .keepAlive(eventType.keepAlive())
                .entity(bodyOf(error))
                .build();
    }

    /** Never throws: an error handler that fails makes Helidon answer in plain text. */
    private static Failure describeSafely(Exception exception, ServerRequest request) {
        try {
            return describe(exception, request);
        } catch (RuntimeException e) {
            e.addSuppressed(exception);
            return internalError(e);
        }
    }

    private byte[] bodyOf(ApiError error) {
        try {
            return json.write(ApiResponse.failure(error));
        } catch (RuntimeException e) {
            LOGGER.log(Level.ERROR, "cannot write the details of error " + error.code() + " as JSON", e);
        }
        try {
            return json.write(ApiResponse.failure(new ApiError(error.code(), error.message())));
        } catch (RuntimeException e) {
            return LAST_RESORT;
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Failure badRequest(String field, String message, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (field != null) {
            details.put("field", field);
        }
        details.putAll(extra);
        return new Failure(Status.BAD_REQUEST_400, new ApiError("BAD_REQUEST", message, details));
    }

    private static Failure notFound(ServerRequest request) {
        String method = request.prologue().method().text();
        String path = request.prologue().uriPath().path();
        return new Failure(Status.NOT_FOUND_404, new ApiError("NOT_FOUND",
                "no endpoint for " + method + " " + path, details("method", method, "path", path)));
    }

    private static Failure internalError(Throwable failure) {
        LOGGER.log(Level.ERROR, "unexpected failure while handling a request", failure);
        return new Failure(Status.INTERNAL_SERVER_ERROR_500,
                new ApiError("INTERNAL_ERROR", "an unexpected error occurred; the simulator's log has the details"));
    }

    private static Status statusOf(RefusedException.Reason reason) {
        return switch (reason) {
            case CHARGE_POINT_NOT_FOUND, CONNECTOR_NOT_FOUND -> Status.NOT_FOUND_404;
            case NOT_CONNECTED, NOT_ACCEPTED -> Status.SERVICE_UNAVAILABLE_503;
            case AUTHORIZATION_REJECTED -> Status.FORBIDDEN_403;
            case CENTRAL_SYSTEM_TIMEOUT -> Status.GATEWAY_TIMEOUT_504;
            case CENTRAL_SYSTEM_ERROR -> Status.BAD_GATEWAY_502;
        };
    }

    /** {@code Bad Request} gives {@code BAD_REQUEST}. */
    static String codeOf(Status status) {
        return status.reasonPhrase().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /** {@code vendorErrorCode} gives {@code vendor_error_code}: the domain's names as the API spells them. */
    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String messageOr(String message, String fallback) {
        return message == null || message.isBlank() ? fallback : message;
    }

    /** A map of the given keys and values, in that order: {@code details("from", a, "to", b)}. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
