package io.ocppsim.application.port.in;

/**
 * The cable is pulled out of a connector. During a transaction, the transaction stops with reason
 * EVDisconnected when StopTransactionOnEVSideDisconnect is true; otherwise it is suspended.
 */
public interface PlugOutUseCase {

    ConnectorView plugOut(ConnectorRef connector);
}
