package io.ocppsim.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * A user presents an idTag at a connector. The charge point asks the Central System (Authorize);
 * once accepted, the transaction starts as soon as a cable is in (StartTransaction), or the
 * connector waits in Preparing for the cable for ConnectionTimeOut seconds.
 *
 * <p>The stage completes when the connector is charging and the Central System has answered
 * StartTransaction, or when it waits for the cable. Every refusal comes through the stage (never
 * thrown at the call): {@link RefusedException} (not connected, idTag rejected, no answer) or the
 * domain's {@code ConnectorException} (the connector cannot take an idTag now).
 */
public interface StartTransactionUseCase {

    CompletionStage<ConnectorView> startTransaction(StartTransactionCommand command);
}
