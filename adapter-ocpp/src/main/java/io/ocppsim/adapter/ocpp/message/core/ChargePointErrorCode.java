package io.ocppsim.adapter.ocpp.message.core;

/** An error code as StatusNotification carries it. */
public enum ChargePointErrorCode {
    ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, InternalError, LocalListConflict,
    NoError, OtherError, OverCurrentFailure, OverVoltage, PowerMeterFailure, PowerSwitchFailure, ReaderFailure,
    ResetFailure, UnderVoltage, WeakSignal
}
