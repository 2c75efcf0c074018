package io.ocppsim.adapter.ocpp.message.core;

/** The answer to ClearCache. */
public enum ClearCacheStatus {
    Accepted, Rejected
}
