package io.ocppsim.adapter.rest;

import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectUseCase;
import io.ocppsim.application.port.in.DisconnectUseCase;
import io.ocppsim.application.port.in.EvControlUseCase;
import io.ocppsim.application.port.in.GetConfigurationUseCase;
import io.ocppsim.application.port.in.GetConnectionStatusUseCase;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.GetEventsUseCase;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.GetStatisticsUseCase;
import io.ocppsim.application.port.in.InjectFaultUseCase;
import io.ocppsim.application.port.in.PlugInUseCase;
import io.ocppsim.application.port.in.PlugOutUseCase;
import io.ocppsim.application.port.in.SendDataTransferUseCase;
import io.ocppsim.application.port.in.StartTransactionUseCase;
import io.ocppsim.application.port.in.StopTransactionUseCase;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase;
import java.util.Objects;

/**
 * The use cases the REST API drives; all are required.
 *
 * @param configuration reads the OCPP configuration ({@code GET /configuration})
 * @param coreProfile the Core profile's Central System requests; the API uses only
 *     ChangeConfiguration ({@code PUT /configuration/{key}}), so that a change made through it has
 *     exactly the validation and live effect of one a Central System makes
 * @param dataTransfer sends a DataTransfer to the Central System ({@code POST /data-transfer})
 * @param evControl the EV suspends and resumes charging ({@code POST /connectors/{id}/ev-suspend},
 *     {@code .../ev-resume})
 * @param statistics a charge point's statistics ({@code GET /stats})
 */
public record RestUseCases(GetSimulatorStatusUseCase simulatorStatus, GetConnectorsUseCase connectors,
        PlugInUseCase plugIn, PlugOutUseCase plugOut, StartTransactionUseCase startTransaction,
        StopTransactionUseCase stopTransaction, InjectFaultUseCase injectFault, ClearFaultUseCase clearFault,
        ConnectUseCase connect, DisconnectUseCase disconnect, GetConnectionStatusUseCase connectionStatus,
        GetEventsUseCase events, GetConfigurationUseCase configuration, CoreProfileUseCase coreProfile,
        SendDataTransferUseCase dataTransfer, EvControlUseCase evControl, GetStatisticsUseCase statistics) {

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
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(coreProfile, "coreProfile");
        Objects.requireNonNull(dataTransfer, "dataTransfer");
        Objects.requireNonNull(evControl, "evControl");
        Objects.requireNonNull(statistics, "statistics");
    }
}
