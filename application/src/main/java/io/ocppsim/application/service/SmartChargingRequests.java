package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.in.ocpp.SmartChargingUseCase;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.smartcharging.ChargingProfile;
import io.ocppsim.domain.smartcharging.ChargingProfilePurpose;
import io.ocppsim.domain.smartcharging.ChargingRateUnit;
import io.ocppsim.domain.smartcharging.ChargingSchedulePeriod;
import io.ocppsim.domain.smartcharging.CompositeSchedule;
import io.ocppsim.domain.smartcharging.SetResult;
import io.ocppsim.domain.smartcharging.SetStatus;
import io.ocppsim.domain.transaction.Transaction;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * SetChargingProfile, ClearChargingProfile and GetCompositeSchedule (OCPP 1.6 §3.13, §5.5, §5.7,
 * §5.16). Amperes and watts convert at the meter's nominal voltage times its power factor, over the
 * phases in use (those both the EVSE and the EV have, or fewer when a period says so). With no profile in force the
 * composite schedule is the charge point's own maximum power. A change of profiles takes effect on
 * the power at once.
 */
final class SmartChargingRequests implements SmartChargingUseCase {

    private final ChargePointRegistry registry;
    private final Clock clock;
    private final EventFactory events;
    private final ChargingSimulation simulation;

    SmartChargingRequests(ChargePointRegistry registry, Clock clock, EventFactory events,
            ChargingSimulation simulation) {
        this.registry = registry;
        this.clock = clock;
        this.events = events;
        this.simulation = simulation;
    }

    @Override
    public Reply<ChargingProfileStatus> setChargingProfile(ChargePointId chargePoint, int connectorId,
            ChargingProfile profile) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Replies.reportingAfterReply(cp, () -> cp.change(domain -> {
            Integer running = null;
            if (connectorId >= 1 && connectorId <= cp.chargePoint().connectorCount()) {
                running = cp.connector(ConnectorId.of(connectorId)).transaction().flatMap(Transaction::id)
                        .map(TransactionId::value).orElse(null);
            }
            SetResult result = cp.chargingProfiles.set(connectorId, profile, running);
            simulation.limitsChanged(cp);
            events.publish(cp.id(), connectorId, EventType.CHARGING_PROFILE_CHANGED,
                    result.status() == SetStatus.Accepted ? Severity.INFO : Severity.WARNING,
                    "SetChargingProfile " + profile.id() + " (" + profile.purpose() + ", stack level "
                            + profile.stackLevel() + ") on connector " + connectorId + ": " + result.status()
                            + (result.reason() == null ? "" : " (" + result.reason() + ")"),
                    Map.of("profile_id", profile.id(), "purpose", profile.purpose().name(),
                            "status", result.status().name()));
            return result.status() == SetStatus.Accepted ? ChargingProfileStatus.Accepted
                    : ChargingProfileStatus.Rejected;
        }));
    }

    @Override
    public Reply<ClearChargingProfileStatus> clearChargingProfile(ChargePointId chargePoint, Integer id,
            Integer connectorId, ChargingProfilePurpose purpose, Integer stackLevel) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Replies.reportingAfterReply(cp, () -> cp.change(domain -> {
            boolean cleared = cp.chargingProfiles.clear(id, connectorId, purpose, stackLevel);
            simulation.limitsChanged(cp);
            if (cleared) {
                events.publish(cp.id(), connectorId, EventType.CHARGING_PROFILE_CHANGED, Severity.INFO,
                        "ClearChargingProfile removed profiles", Map.of("status", "Accepted"));
            }
            return cleared ? ClearChargingProfileStatus.Accepted : ClearChargingProfileStatus.Unknown;
        }));
    }

    @Override
    public Reply<Optional<CompositeSchedule>> getCompositeSchedule(ChargePointId chargePoint, int connectorId,
            Duration duration, ChargingRateUnit unit) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> {
            if (connectorId < 0 || connectorId > cp.chargePoint().connectorCount() || duration.isNegative()) {
                return Optional.<CompositeSchedule>empty();
            }
            Instant now = clock.instant();
            ChargingRateUnit inUnit = unit == null ? ChargingRateUnit.W : unit;
            Instant txStart = transactionStart(cp, connectorId);
            double voltage = voltage(cp);
            int phases = connectorId < 1 ? cp.settings().charging().meter().phases()
                    : cp.connector(ConnectorId.of(connectorId)).phasesInUse();
            return Optional.of(cp.chargingProfiles.composite(connectorId, now, duration, inUnit, txStart, voltage,
                    phases).orElseGet(() -> unlimited(cp, connectorId, now, duration, inUnit, voltage, phases)));
        }));
    }

    /**
     * The limit the profiles put on a connector now, in watts; empty when no profile limits it.
     * Connector 0: the ChargePointMaxProfile. Under the lock.
     */
    static OptionalDouble limitNow(SimulatedChargePoint cp, Connector connector, Instant now) {
        return cp.chargingProfiles.limitWatts(connector.id().value(), now, transactionStart(cp,
                connector.id().value()), voltage(cp), connector.phasesInUse());
    }

    /**
     * The volts a limit in amperes converts at, per phase: the nominal voltage times the power factor,
     * so that the current the meter reads (P / (V x phases x PF)) stays within the limit.
     */
    private static double voltage(SimulatedChargePoint cp) {
        return cp.settings().charging().meter().voltageV() * cp.settings().charging().meter().powerFactor();
    }


    private static Instant transactionStart(SimulatedChargePoint cp, int connectorId) {
        if (connectorId < 1) {
            return null;
        }
        return cp.connector(ConnectorId.of(connectorId)).transaction().map(Transaction::startedAt).orElse(null);
    }

    private static CompositeSchedule unlimited(SimulatedChargePoint cp, int connectorId, Instant now,
            Duration duration, ChargingRateUnit unit, double voltage, int phases) {
        // a connector offers its maximum on the phases in use; the charge point, every connector's
        double watts = cp.settings().maxChargingPower().watts() * (connectorId == 0
                ? cp.chargePoint().connectorCount() : (double) phases / cp.settings().charging().meter().phases());
        double limit = unit == ChargingRateUnit.W ? watts : Math.floor(watts / voltage / phases * 10) / 10;
        return new CompositeSchedule(connectorId, now, (int) duration.toSeconds(), unit,
                List.of(new ChargingSchedulePeriod(0, limit, null)));
    }
}
