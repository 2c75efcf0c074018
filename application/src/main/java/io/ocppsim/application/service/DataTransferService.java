package io.ocppsim.application.service;

import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.SendDataTransferUseCase;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A DataTransfer the charge point initiates: sent at once, never queued while offline. */
final class DataTransferService implements SendDataTransferUseCase {

    private final ChargePointRegistry registry;
    private final CentralSystemPort centralSystem;

    DataTransferService(ChargePointRegistry registry, CentralSystemPort centralSystem) {
        this.registry = registry;
        this.centralSystem = centralSystem;
    }

    @Override
    public CompletionStage<DataTransferReply> sendDataTransfer(DataTransferCommand command) {
        SimulatedChargePoint cp;
        try {
            cp = registry.require(command.chargePoint());
            cp.locked(cp::requireOnline);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        return centralSystem.dataTransfer(cp.id(), command.vendorId(), command.messageId(), command.data())
                .handle((answer, error) -> {
                    if (error != null) {
                        Throwable cause = Failures.unwrap(error);
                        RefusedException.Reason reason = switch (cause) {
                            case CentralSystemException.NotConnected e -> RefusedException.Reason.NOT_CONNECTED;
                            case CentralSystemException.TimedOut e -> RefusedException.Reason.CENTRAL_SYSTEM_TIMEOUT;
                            default -> RefusedException.Reason.CENTRAL_SYSTEM_ERROR;
                        };
                        throw new RefusedException(reason, "DataTransfer failed: " + Failures.describe(cause),
                                Map.of("action", "DataTransfer"));
                    }
                    return new DataTransferReply(answer.status().name(), answer.data());
                });
    }
}
