package io.ocppsim.adapter.ocpp.sandbox;

/** The {@code idTagInfo.status} values of OCPP 1.6. */
public enum AuthorizationStatus {
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx
}
