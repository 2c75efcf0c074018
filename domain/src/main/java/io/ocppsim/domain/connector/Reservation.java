package io.ocppsim.domain.connector;

import io.ocppsim.domain.transaction.IdTag;
import java.time.Instant;
import java.util.Objects;

/** A connector held for an idTag (or any idTag sharing its parent) until {@code expiresAt}. */
public record Reservation(int reservationId, IdTag idTag, IdTag parentIdTag, Instant expiresAt) {

    public Reservation {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether a user with {@code presented} (whose parent is {@code parentOfPresented}, if any) may use it. */
    public boolean admits(IdTag presented, IdTag parentOfPresented) {
        return idTag.sameAs(presented) || (parentIdTag != null && parentIdTag.sameAs(parentOfPresented));
    }

    public boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
