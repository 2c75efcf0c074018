package io.ocppsim.application.port.in;

/**
 * Stops the transaction on a connector; the connector goes to Finishing while the cable is in. The
 * StopTransaction message goes to the Central System in the order of the transaction's messages.
 */
public interface StopTransactionUseCase {

    ConnectorView stopTransaction(StopTransactionCommand command);
}
