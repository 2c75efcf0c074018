package io.ocppsim.adapter.rest.web;

import io.helidon.webserver.http.ServerRequest;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the charge point and the connector a request addresses. Paths with a {@code {cp}}
 * parameter ({@code /charge-points/{cp}/connectors/1}) name the charge point; the short paths
 * ({@code /connectors/1}) address the first charge point the simulator has.
 */
public record ChargePointLocator(GetSimulatorStatusUseCase simulator) {

    /** The path parameter holding the charge point id. */
    public static final String CHARGE_POINT_PARAMETER = "cp";
    /** The path parameter holding the connector id. */
    public static final String CONNECTOR_PARAMETER = "id";

    public ChargePointLocator {
        Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * The charge point the request addresses. A charge point id that cannot exist is reported as
     * not found, like one that does not.
     *
     * @throws RefusedException CHARGE_POINT_NOT_FOUND when the id is not valid, or the simulator has
     *     no charge point for a short path
     */
    public ChargePointId chargePoint(ServerRequest request) {
        var named = request.path().pathParameters().first(CHARGE_POINT_PARAMETER).asOptional();
        if (named.isPresent()) {
            try {
                return ChargePointId.of(named.get());
            } catch (InvalidValueException e) {
                throw new RefusedException(Reason.CHARGE_POINT_NOT_FOUND, "no charge point with id '" + named.get()
                        + "'", Map.of("charge_point_id", named.get()));
            }
        }
        List<ChargePointId> chargePoints = simulator.chargePoints();
        if (chargePoints.isEmpty()) {
            throw new RefusedException(Reason.CHARGE_POINT_NOT_FOUND, "the simulator has no charge point");
        }
        return chargePoints.getFirst();
    }

    /**
     * The connector the request's {@code {id}} path parameter names, on {@link #chargePoint}. A
     * number outside 0 to {@value ConnectorId#MAX} is reported as not found, like a connector the
     * charge point does not have.
     *
     * @throws InvalidRequestException when the id is not an integer
     * @throws RefusedException CHARGE_POINT_NOT_FOUND or CONNECTOR_NOT_FOUND
     */
    public ConnectorRef connector(ServerRequest request) {
        String raw = request.path().pathParameters().get(CONNECTOR_PARAMETER);
        int number;
        try {
            number = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(CONNECTOR_PARAMETER,
                    "must be a connector number (an integer), was '" + raw + "'");
        }
        ChargePointId chargePoint = chargePoint(request);
        if (number < 0 || number > ConnectorId.MAX) {
            throw new RefusedException(Reason.CONNECTOR_NOT_FOUND,
                    "charge point " + chargePoint + " has no connector " + number,
                    Map.of("connector_id", number));
        }
        return new ConnectorRef(chargePoint, ConnectorId.of(number));
    }
}
