package io.ocppsim.adapter.ocpp.message.core;

/** The Central System's verdict on an idTag. */
public enum AuthorizationStatus {
    Accepted, Blocked, Expired, Invalid, ConcurrentTx
}
