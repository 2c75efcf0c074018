package io.ocppsim.adapter.rest;

import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectUseCase;
import io.ocppsim.application.port.in.DisconnectUseCase;
import io.ocppsim.application.port.in.GetConnectionStatusUseCase;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.GetEventsUseCase;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.InjectFaultUseCase;
import io.ocppsim.application.port.in.PlugInUseCase;
import io.ocppsim.application.port.in.PlugOutUseCase;
import io.ocppsim.application.port.in.StartTransactionUseCase;
import io.ocppsim.application.port.in.StopTransactionUseCase;
import java.util.Objects;

/** The use cases the REST API drives; all are required. */
public record RestUseCases(GetSimulatorStatusUseCase simulatorStatus, GetConnectorsUseCase connectors,
        PlugInUseCase plugIn, PlugOutUseCase plugOut, StartTransactionUseCase startTransaction,
        StopTransactionUseCase stopTransaction, InjectFaultUseCase injectFault, ClearFaultUseCase clearFault,
        ConnectUseCase connect, DisconnectUseCase disconnect, GetConnectionStatusUseCase connectionStatus,
        GetEventsUseCase events) {

    public RestUseCases {
        Objects.requireNonNull(simulatorStatus, "simulatorStatus");
        Objects.requireNonNull(connectors, "connectors");
        Objects.requireNonNull(plugIn, "plugIn");
        Objects.requireNonNull(plugOut, "plugOut");
        Objects.requireNonNull(startTransaction, "startTransaction");
        Objects.requireNonNull(stopTransaction, "stopTransaction");
        Objects.requireNonNull(injectFault, "injectFault");
        Objects.requireNonNull(clearFault, "clearFault");
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(disconnect, "disconnect");
        Objects.requireNonNull(connectionStatus, "connectionStatus");
        Objects.requireNonNull(events, "events");
    }
}
