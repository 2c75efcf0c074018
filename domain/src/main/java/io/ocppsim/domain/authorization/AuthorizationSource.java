package io.ocppsim.domain.authorization;

import io.ocppsim.domain.transaction.AuthorizationStatus;

/** Where a local authorization decision came from. */
public enum AuthorizationSource {

    /**
     * The Local Authorization List. OCPP 1.6 §3.5.2 reads both Accepted and ConcurrentTx on the list as
     * "valid" (the list is written ahead of any transaction, so ConcurrentTx carries no other meaning there).
     */
    LOCAL_LIST,

    /** The Authorization Cache: only Accepted is valid (a cached ConcurrentTx was about a transaction then). */
    CACHE;

    /** Whether an entry of this source with {@code status} (already adjusted for expiry) authorizes a start. */
    public boolean treatsAsValid(AuthorizationStatus status) {
        return status == AuthorizationStatus.Accepted
                || (this == LOCAL_LIST && status == AuthorizationStatus.ConcurrentTx);
    }
}
