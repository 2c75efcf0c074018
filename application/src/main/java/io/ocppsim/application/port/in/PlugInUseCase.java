package io.ocppsim.application.port.in;

/**
 * A cable is plugged into a connector. If an accepted idTag was waiting for it, the transaction
 * starts.
 */
public interface PlugInUseCase {

    ConnectorView plugIn(ConnectorRef connector);
}
