package io.ocppsim.adapter.rest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import java.util.List;
import org.mockito.Mockito;

/** Mockito mocks of every use case the API drives; the simulator has charge points CP001 and CP002. */
final class UseCaseMocks {

    final GetSimulatorStatusUseCase simulatorStatus = mock(GetSimulatorStatusUseCase.class);
    final GetConnectorsUseCase connectors = mock(GetConnectorsUseCase.class);
    final PlugInUseCase plugIn = mock(PlugInUseCase.class);
    final PlugOutUseCase plugOut = mock(PlugOutUseCase.class);
    final StartTransactionUseCase startTransaction = mock(StartTransactionUseCase.class);
    final StopTransactionUseCase stopTransaction = mock(StopTransactionUseCase.class);
    final InjectFaultUseCase injectFault = mock(InjectFaultUseCase.class);
    final ClearFaultUseCase clearFault = mock(ClearFaultUseCase.class);
    final ConnectUseCase connect = mock(ConnectUseCase.class);
    final DisconnectUseCase disconnect = mock(DisconnectUseCase.class);
    final GetConnectionStatusUseCase connectionStatus = mock(GetConnectionStatusUseCase.class);
    final GetEventsUseCase events = mock(GetEventsUseCase.class);
    final GetConfigurationUseCase configuration = mock(GetConfigurationUseCase.class);
    final CoreProfileUseCase coreProfile = mock(CoreProfileUseCase.class);
    final SendDataTransferUseCase dataTransfer = mock(SendDataTransferUseCase.class);
    final EvControlUseCase evControl = mock(EvControlUseCase.class);
    final GetStatisticsUseCase statistics = mock(GetStatisticsUseCase.class);

    RestUseCases useCases() {
        return new RestUseCases(simulatorStatus, connectors, plugIn, plugOut, startTransaction, stopTransaction,
                injectFault, clearFault, connect, disconnect, connectionStatus, events, configuration, coreProfile,
                dataTransfer, evControl, statistics);
    }

    /** Forgets all stubbing and calls, then stubs the charge points again. */
    void reset() {
        Mockito.reset(simulatorStatus, connectors, plugIn, plugOut, startTransaction, stopTransaction, injectFault,
                clearFault, connect, disconnect, connectionStatus, events, configuration, coreProfile, dataTransfer,
                evControl, statistics);
        when(simulatorStatus.chargePoints()).thenReturn(List.of(Samples.CP1, Samples.CP2));
    }
}
