package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;

/** The Remote Trigger profile's request of a Central System. */
public interface RemoteTriggerUseCase {

    /** The messages a Central System may ask for, spelled as on the wire. */
    enum MessageTrigger {
        BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues,
        StatusNotification
    }

    enum TriggerMessageStatus { Accepted, Rejected, NotImplemented }

    /** TriggerMessage; {@code connectorId} null means every connector (or the charge point). */
    Reply<TriggerMessageStatus> triggerMessage(ChargePointId chargePoint, MessageTrigger requested,
            Integer connectorId);
}
