package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ocpp.LocalAuthListManagementUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.domain.authorization.AuthorizationData;
import io.ocppsim.domain.authorization.UpdateStatus;
import io.ocppsim.domain.authorization.UpdateType;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import java.util.List;
import java.util.Map;

/**
 * GetLocalListVersion and SendLocalList (OCPP 1.6 §5.10, §5.15). With LocalAuthListEnabled false
 * the charge point answers version -1 (no local list support) and NotSupported.
 */
final class LocalAuthListRequests implements LocalAuthListManagementUseCase {

    private final ChargePointRegistry registry;
    private final EventFactory events;

    LocalAuthListRequests(ChargePointRegistry registry, EventFactory events) {
        this.registry = registry;
        this.events = events;
    }

    @Override
    public Reply<Integer> getLocalListVersion(ChargePointId chargePoint) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> cp.configuration().flag(ConfigurationKey.LocalAuthListEnabled)
                ? cp.localList.version() : -1));
    }

    @Override
    public Reply<UpdateStatus> sendLocalList(ChargePointId chargePoint, int listVersion, UpdateType updateType,
            List<AuthorizationData> entries) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> {
            if (!cp.configuration().flag(ConfigurationKey.LocalAuthListEnabled)) {
                return UpdateStatus.NotSupported;
            }
            UpdateStatus status = cp.localList.update(listVersion, updateType, entries,
                    cp.configuration().integer(ConfigurationKey.SendLocalListMaxLength),
                    cp.configuration().integer(ConfigurationKey.LocalAuthListMaxLength));
            events.publish(cp.id(), null, EventType.LOCAL_LIST_UPDATED,
                    status == UpdateStatus.Accepted ? Severity.INFO : Severity.WARNING,
                    "SendLocalList " + updateType + " version " + listVersion + " with " + entries.size()
                            + " entries: " + status,
                    Map.of("list_version", listVersion, "update_type", updateType.name(), "entries", entries.size(),
                            "status", status.name(), "size", cp.localList.size()));
            return status;
        }));
    }
}
