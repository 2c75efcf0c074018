package io.ocppsim.domain.authorization;

import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.Locale;

/** Small rules the list and the cache share: how idTags are keyed and how expiry changes an entry. */
final class AuthorizationRules {

    private AuthorizationRules() {
    }

    /** The key under which an idTag is stored: idTags are printable ASCII and compared case-insensitively. */
    static String key(IdTag idTag) {
        return idTag.value().toUpperCase(Locale.ROOT);
    }

    /**
     * The info as it stands at {@code now}: an entry that still allowed charging (Accepted, ConcurrentTx) turns
     * Expired once {@code now} reaches its expiryDate, keeping its expiryDate and parent. Blocked, Invalid and
     * Expired entries stay as they are.
     */
    static IdTagInfo asOf(IdTagInfo info, Instant now) {
        boolean stillAllowing = info.status() == AuthorizationStatus.Accepted
                || info.status() == AuthorizationStatus.ConcurrentTx;
        if (stillAllowing && info.expiryDate() != null && !now.isBefore(info.expiryDate())) {
            return new IdTagInfo(AuthorizationStatus.Expired, info.expiryDate(), info.parentIdTag());
        }
        return info;
    }
}
