package io.ocppsim.domain.transaction;

/** The Central System's verdict on an idTag, spelled as in OCPP 1.6. */
public enum AuthorizationStatus {
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx
}
