package io.ocppsim.domain.authorization;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTagInfo;

/**
 * Whether an idTag may start a transaction while the Central System cannot be reached, the idTagInfo to
 * act on (and to show the user), and the rule that decided. {@code allowed} always agrees with
 * {@link Reason#allows()}.
 */
public record OfflineDecision(boolean allowed, IdTagInfo info, Reason reason) {

    /** The rule that decided, and whether it lets the transaction start. */
    public enum Reason {
        /** LocalAuthorizeOffline and a valid entry on the enabled Local Authorization List. */
        LOCAL_LIST_ACCEPTED(true),
        /** LocalAuthorizeOffline and a valid entry in the enabled Authorization Cache (and not on the list). */
        CACHE_ACCEPTED(true),
        /** The enabled list holds the idTag as Blocked, Invalid or Expired (also by passage of time). */
        LOCAL_LIST_REJECTED(false),
        /**
         * The enabled cache (and not the list) holds the idTag as not valid: Blocked, Invalid, Expired or
         * ConcurrentTx.
         */
        CACHE_REJECTED(false),
        /**
         * AllowOfflineTxForUnknownId and the idTag cannot be authorized locally: it is on neither enabled
         * store, or it is valid there but LocalAuthorizeOffline is off.
         */
        UNKNOWN_ID_ALLOWED(true),
        /** The idTag is on neither enabled store and AllowOfflineTxForUnknownId is off. */
        UNKNOWN_ID_REJECTED(false),
        /**
         * The idTag is valid on an enabled store, but LocalAuthorizeOffline and AllowOfflineTxForUnknownId
         * are both off.
         */
        LOCAL_AUTHORIZE_OFFLINE_DISABLED(false);

        private final boolean allows;

        Reason(boolean allows) {
            this.allows = allows;
        }

        /** Whether a decision for this reason lets the transaction start. */
        public boolean allows() {
            return allows;
        }
    }

    public OfflineDecision {
        Checks.required("info", info);
        Checks.required("reason", reason);
        if (allowed != reason.allows()) {
            throw new InvalidValueException("allowed", "must be " + reason.allows() + " for " + reason);
        }
    }

    /** A decision for {@code reason}, allowed or not as the reason says. */
    public static OfflineDecision of(IdTagInfo info, Reason reason) {
        return new OfflineDecision(Checks.required("reason", reason).allows(), info, reason);
    }

    /** The decision for an idTag unknown locally: Accepted (no expiry, no parent) or Invalid. */
    static OfflineDecision forUnknownId(boolean allowOfflineTxForUnknownId) {
        return allowOfflineTxForUnknownId
                ? of(IdTagInfo.of(AuthorizationStatus.Accepted), Reason.UNKNOWN_ID_ALLOWED)
                : of(IdTagInfo.of(AuthorizationStatus.Invalid), Reason.UNKNOWN_ID_REJECTED);
    }
}
