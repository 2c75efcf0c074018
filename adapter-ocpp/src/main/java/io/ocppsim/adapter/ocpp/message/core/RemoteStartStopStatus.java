package io.ocppsim.adapter.ocpp.message.core;

/** The answer to RemoteStartTransaction and RemoteStopTransaction. */
public enum RemoteStartStopStatus {
    Accepted, Rejected
}
