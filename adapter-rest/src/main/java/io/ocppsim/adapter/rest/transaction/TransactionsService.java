package io.ocppsim.adapter.rest.transaction;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.ocppsim.adapter.rest.connector.ConnectorMapper;
import io.ocppsim.adapter.rest.web.ChargePointLocator;
import io.ocppsim.adapter.rest.web.Futures;
import io.ocppsim.adapter.rest.web.Inputs;
import io.ocppsim.adapter.rest.web.InvalidRequestException;
import io.ocppsim.adapter.rest.web.JsonCodec;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StartTransactionUseCase;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.in.StopTransactionUseCase;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts and stops transactions on a connector. Each parameter comes as a query parameter or as a
 * field of a JSON body; the query parameter wins.
 *
 * <ul>
 *   <li>{@code POST /{id}/start-transaction?id_tag=user123} presents the idTag and waits, at most
 *       {@code timeout}, until the Central System has accepted it and the transaction runs (or the
 *       connector waits for a cable)
 *   <li>{@code POST /{id}/stop-transaction?reason=Remote} stops the running transaction; the
 *       reason is an OCPP 1.6 Reason, {@code Local} by default
 * </ul>
 */
public record TransactionsService(StartTransactionUseCase startTransaction, StopTransactionUseCase stopTransaction,
        Duration timeout, ChargePointLocator locator, ConnectorMapper mapper, JsonCodec json) implements HttpService {

    static final String ID_TAG = "id_tag";
    static final String REASON = "reason";

    public TransactionsService {
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/start-transaction", this::postStart)
                .post("/{id}/stop-transaction", this::postStop);
    }

    private void postStart(ServerRequest request, ServerResponse response) {
        ConnectorRef connector = locator.connector(request);
        Optional<StartTransactionRequest> body = json.readBody(request, StartTransactionRequest.class);
        String idTag = Inputs.query(request, ID_TAG)
                .or(() -> body.map(StartTransactionRequest::idTag))
                .orElseThrow(() -> new InvalidRequestException(ID_TAG,
                        "is required, as a query parameter (?id_tag=...) or in a JSON body {\"id_tag\": \"...\"}"));
        var command = new StartTransactionCommand(connector, IdTag.of(idTag));
        ConnectorView view = Futures.await(startTransaction.startTransaction(command), timeout,
                "starting a transaction on connector " + connector);
        json.ok(response, mapper.toResponse(view));
    }

    private void postStop(ServerRequest request, ServerResponse response) {
        ConnectorRef connector = locator.connector(request);
        Optional<StopTransactionRequest> body = json.readBody(request, StopTransactionRequest.class);
        StopReason reason = Inputs.query(request, REASON)
                .or(() -> body.map(StopTransactionRequest::reason))
                .map(value -> Inputs.enumByName(REASON, value, List.of(StopReason.values())))
                .orElse(StopReason.Local);
        json.ok(response, mapper.toResponse(stopTransaction.stopTransaction(
                new StopTransactionCommand(connector, reason))));
    }
}
