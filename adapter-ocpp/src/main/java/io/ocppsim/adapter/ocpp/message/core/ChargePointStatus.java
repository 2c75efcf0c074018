package io.ocppsim.adapter.ocpp.message.core;

/** A connector status as StatusNotification carries it. */
public enum ChargePointStatus {
    Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted
}
