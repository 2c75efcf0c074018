package io.ocppsim.adapter.ocpp.message.core;

/** The answer to Reset. */
public enum ResetStatus {
    Accepted, Rejected
}
