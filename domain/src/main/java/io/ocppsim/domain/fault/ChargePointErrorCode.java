package io.ocppsim.domain.fault;

import io.ocppsim.domain.transaction.StopReason;
import java.util.Optional;

/**
 * The OCPP 1.6 ChargePointErrorCode values, spelled as in the specification, each with what it
 * does to the connector and to a running transaction (see {@link FaultEffect}).
 */
public enum ChargePointErrorCode {
    ConnectorLockFailure(FaultEffect.STOPS_TRANSACTION, StopReason.Other),
    EVCommunicationError(FaultEffect.SUSPENDS_ENERGY, null),
    GroundFailure(FaultEffect.STOPS_TRANSACTION, StopReason.EmergencyStop),
    HighTemperature(FaultEffect.SUSPENDS_ENERGY, null),
    InternalError(FaultEffect.STOPS_TRANSACTION, StopReason.Other),
    LocalListConflict(FaultEffect.REPORTS_ONLY, null),
    NoError(FaultEffect.REPORTS_ONLY, null),
    OtherError(FaultEffect.SUSPENDS_ENERGY, null),
    OverCurrentFailure(FaultEffect.STOPS_TRANSACTION, StopReason.EmergencyStop),
    OverVoltage(FaultEffect.SUSPENDS_ENERGY, null),
    PowerMeterFailure(FaultEffect.SUSPENDS_ENERGY, null),
    PowerSwitchFailure(FaultEffect.STOPS_TRANSACTION, StopReason.Other),
    ReaderFailure(FaultEffect.REPORTS_ONLY, null),
    ResetFailure(FaultEffect.REPORTS_ONLY, null),
    UnderVoltage(FaultEffect.SUSPENDS_ENERGY, null),
    WeakSignal(FaultEffect.REPORTS_ONLY, null);

    private final FaultEffect effect;
    private final StopReason stopReason;

    ChargePointErrorCode(FaultEffect effect, StopReason stopReason) {
        this.effect = effect;
        this.stopReason = stopReason;
    }

    /** What an active fault with this code does. */
    public FaultEffect effect() {
        return effect;
    }

    /** The reason a transaction stops with, for a code that {@link FaultEffect#STOPS_TRANSACTION stops} it. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** Whether the connector reports Faulted while a fault with this code is active. */
    public boolean makesFaulted() {
        return effect != FaultEffect.REPORTS_ONLY;
    }
}
