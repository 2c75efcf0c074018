package io.ocppsim.adapter.rest.fault;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.connector.ConnectorMapper;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.Inputs;
import io.ocppsim.adapter.rest.web.InvalidRequestException;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.InjectFaultUseCase;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Injects and clears faults on a connector. Each parameter comes as a field of a JSON body or as a
 * query parameter; the query parameter wins.
 *
 * <ul>
 *   <li>{@code POST /{id}/fault} with {@code {"error_code": "...", "info": "...", "vendor_error_code": "..."}}:
 *       {@code error_code} is any OCPP 1.6 ChargePointErrorCode but NoError; the two texts are
 *       optional, at most 50 characters each
 *   <li>{@code POST /{id}/clear-fault} clears every fault, or only the one with {@code error_code}
 * </ul>
 */
public record FaultsService(InjectFaultUseCase injectFault, ClearFaultUseCase clearFault, ChargePointLocator locator,
        ConnectorMapper mapper, JsonCodec json) implements HttpService {

    static final String ERROR_CODE = "error_code";
    static final String INFO = "info";
    static final String VENDOR_ERROR_CODE = "vendor_error_code";

    private static final List<ChargePointErrorCode> FAULT_CODES =
            List.copyOf(EnumSet.complementOf(EnumSet.of(ChargePointErrorCode.NoError)));

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/fault", this::postFault)
                .post("/{id}/clear-fault", this::postClearFault);
    }

    private void postFault(ServerRequest request, ServerResponse response) {
        ConnectorRef connector = locator.connector(request);
        Optional<FaultRequest> body = json.readBody(request, FaultRequest.class);
        ChargePointErrorCode errorCode = Inputs.query(request, ERROR_CODE)
                .or(() -> body.map(FaultRequest::errorCode))
                .map(FaultsService::faultCode)
                .orElseThrow(() -> new InvalidRequestException(ERROR_CODE,
                        "is required, for example {\"error_code\": \"OverCurrentFailure\"}", allowedCodes()));
        String info = Inputs.query(request, INFO).or(() -> body.map(FaultRequest::info)).orElse(null);
        String vendorErrorCode = Inputs.query(request, VENDOR_ERROR_CODE)
                .or(() -> body.map(FaultRequest::vendorErrorCode)).orElse(null);
        var command = new InjectFaultCommand(connector, new Fault(errorCode, info, vendorErrorCode));
        json.ok(response, mapper.toResponse(injectFault.injectFault(command)));
    }

    private void postClearFault(ServerRequest request, ServerResponse response) {
        ConnectorRef connector = locator.connector(request);
        Optional<ClearFaultRequest> body = json.readBody(request, ClearFaultRequest.class);
        ChargePointErrorCode errorCode = Inputs.query(request, ERROR_CODE)
                .or(() -> body.map(ClearFaultRequest::errorCode))
                .map(FaultsService::faultCode)
                .orElse(null);
        json.ok(response, mapper.toResponse(clearFault.clearFault(new ClearFaultCommand(connector, errorCode))));
    }

    private static ChargePointErrorCode faultCode(String value) {
        if (ChargePointErrorCode.NoError.name().equals(value)) {
            throw new InvalidRequestException(ERROR_CODE, "NoError is not a fault; use clear-fault to clear faults",
                    allowedCodes());
        }
        return Inputs.enumByName(ERROR_CODE, value, FAULT_CODES);
    }

    private static Map<String, Object> allowedCodes() {
        return Map.of("allowed", FAULT_CODES.stream().map(Enum::name).toList());
    }
}
