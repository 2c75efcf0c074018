package io.ocppsim.domain.transaction;

import java.time.Instant;
import java.util.Objects;

/** What the Central System tells about an idTag: its status, until when, and its parent (group). */
public record IdTagInfo(AuthorizationStatus status, Instant expiryDate, IdTag parentIdTag) {

    public IdTagInfo {
        Objects.requireNonNull(status, "status");
    }

    public static IdTagInfo of(AuthorizationStatus status) {
        return new IdTagInfo(status, null, null);
    }

    public boolean isAccepted() {
        return status == AuthorizationStatus.Accepted;
    }
}
