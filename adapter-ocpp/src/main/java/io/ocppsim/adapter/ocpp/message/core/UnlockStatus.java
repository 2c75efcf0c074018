package io.ocppsim.adapter.ocpp.message.core;

/** The answer to UnlockConnector. */
public enum UnlockStatus {
    Unlocked, UnlockFailed, NotSupported
}
