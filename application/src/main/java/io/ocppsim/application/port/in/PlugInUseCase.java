package io.ocppsim.application.port.in;

/**
 * A cable is plugged in, with an EV on its other end. If an accepted idTag was waiting for it, the
 * transaction starts.
 */
public interface PlugInUseCase {

    /** Plugs in the charge point's default EV. */
    default ConnectorView plugIn(ConnectorRef connector) {
        return plugIn(connector, EvOverrides.NONE);
    }

    /** Plugs in the default EV with {@code ev}'s values instead of the defaults it names. */
    ConnectorView plugIn(ConnectorRef connector, EvOverrides ev);
}
