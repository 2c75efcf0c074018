package io.ocppsim.adapter.ocpp.in;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.ErrorCode;
import io.ocppsim.adapter.ocpp.codec.OcppFrame;
import io.ocppsim.adapter.ocpp.transport.OcppConnection;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers the calls a Central System makes to a charge point, by driving the application's use
 * cases. This version of the simulator implements none of them yet: each gets a NotImplemented
 * CALLERROR that names the action, so a Central System sees a clear, valid answer.
 */
public final class CentralSystemCallHandler {

    /** The handler for one charge point's connection. */
    public OcppConnection.CallHandler forChargePoint(ChargePointId chargePoint) {
        return this::handle;
    }

    private CompletionStage<OcppFrame> handle(OcppFrame.Call call, Action action) {
        return CompletableFuture.completedFuture(new OcppFrame.CallError(call.uniqueId(), ErrorCode.NotImplemented,
                action.wireName() + " is not implemented by this simulator version",
                JsonNodeFactory.instance.objectNode()));
    }
}
