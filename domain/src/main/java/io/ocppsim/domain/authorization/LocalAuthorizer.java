package io.ocppsim.domain.authorization;

import io.ocppsim.domain.authorization.OfflineDecision.Reason;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The local decision rules of OCPP 1.6 §3.5 for one idTag, given the configuration flags, so that the
 * application only asks and acts.
 *
 * <p>An idTag is <em>known</em> when the enabled Local Authorization List holds it or, failing that, the
 * enabled Authorization Cache does: the list always wins over the cache, since it is the Central System's
 * own statement while the cache only remembers earlier answers. A known entry is read as it stands at
 * {@code now}, so one whose expiryDate has passed reads Expired. Valid means Accepted, and on the list
 * also ConcurrentTx (see {@link AuthorizationSource#treatsAsValid}).
 *
 * <p>The flags are passed on every call rather than held, so a ChangeConfiguration takes effect at once
 * and this class stays a pure function of the two stores. Not thread-safe, like the stores it reads.
 */
public final class LocalAuthorizer {

    private final LocalAuthorizationList list;
    private final AuthorizationCache cache;

    public LocalAuthorizer(LocalAuthorizationList list, AuthorizationCache cache) {
        this.list = Objects.requireNonNull(list, "list");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * Online, before sending Authorize.req. Without LocalPreAuthorize the answer is always empty: ask the
     * Central System. With it:
     * <ul>
     *   <li>an idTag on the enabled list is decided by the list, whatever its status: a valid entry is
     *       authorized locally, and a Blocked, Invalid or Expired one comes back too (not
     *       {@link LocalAuthorization#authorized()}), so the caller refuses it without asking. The list is
     *       the Central System's own, deliberately kept statement; an idTag it marks non-valid must not be
     *       started locally.</li>
     *   <li>otherwise a valid entry in the enabled cache is authorized locally.</li>
     *   <li>a non-valid cache entry gives an empty answer: the cache only remembers an earlier answer that
     *       may since have changed (a renewed or unblocked card), and the Central System is reachable, so it
     *       decides; its answer then updates the cache through {@link #learn}.</li>
     *   <li>an idTag on neither enabled store: empty.</li>
     * </ul>
     */
    public Optional<LocalAuthorization> preAuthorize(IdTag idTag, Instant now, boolean localPreAuthorize,
            boolean localAuthListEnabled, boolean authorizationCacheEnabled) {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(now, "now");
        if (!localPreAuthorize) {
            return Optional.empty();
        }
        return lookUp(idTag, now, localAuthListEnabled, authorizationCacheEnabled)
                .filter(known -> known.source() == AuthorizationSource.LOCAL_LIST || known.authorized());
    }

    /**
     * Offline: may {@code idTag} start a transaction? In this order:
     * <ol>
     *   <li>known but not valid (Blocked, Invalid, Expired, also by passage of time; in the cache also
     *       ConcurrentTx): refused with the stored info, whatever the flags, since §3.5.3 forbids starting
     *       such an idTag even when unknown idTags are let through.</li>
     *   <li>known and valid, with LocalAuthorizeOffline: allowed with the stored info.</li>
     *   <li>everything else cannot be authorized locally and counts as unknown: with
     *       AllowOfflineTxForUnknownId it is allowed as Accepted (no expiry, no parent). Without it, an idTag
     *       on neither store is refused as Invalid ({@link Reason#UNKNOWN_ID_REJECTED}), and a valid one is
     *       refused as Invalid because LocalAuthorizeOffline is off
     *       ({@link Reason#LOCAL_AUTHORIZE_OFFLINE_DISABLED}).</li>
     * </ol>
     */
    public OfflineDecision authorizeOffline(IdTag idTag, Instant now, boolean localAuthorizeOffline,
            boolean localAuthListEnabled, boolean authorizationCacheEnabled, boolean allowOfflineTxForUnknownId) {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(now, "now");
        Optional<LocalAuthorization> known = lookUp(idTag, now, localAuthListEnabled, authorizationCacheEnabled);
        if (known.isEmpty()) {
            return OfflineDecision.forUnknownId(allowOfflineTxForUnknownId);
        }
        LocalAuthorization found = known.get();
        boolean fromList = found.source() == AuthorizationSource.LOCAL_LIST;
        if (!found.authorized()) {
            return OfflineDecision.of(found.idTagInfo(), fromList ? Reason.LOCAL_LIST_REJECTED : Reason.CACHE_REJECTED);
        }
        if (localAuthorizeOffline) {
            return OfflineDecision.of(found.idTagInfo(), fromList ? Reason.LOCAL_LIST_ACCEPTED : Reason.CACHE_ACCEPTED);
        }
        if (allowOfflineTxForUnknownId) {
            return OfflineDecision.forUnknownId(true);
        }
        return OfflineDecision.of(IdTagInfo.of(AuthorizationStatus.Invalid), Reason.LOCAL_AUTHORIZE_OFFLINE_DISABLED);
    }

    /**
     * Takes in an answer of the Central System (the idTagInfo of Authorize.conf, StartTransaction.conf or
     * StopTransaction.conf): remembered in the cache when it is enabled, but never for an idTag on the
     * enabled Local Authorization List, which is the Central System's own and is kept by SendLocalList only.
     */
    public void learn(IdTag idTag, IdTagInfo info, Instant now, boolean authorizationCacheEnabled,
            boolean localAuthListEnabled) {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(now, "now");
        if (!authorizationCacheEnabled || (localAuthListEnabled && list.find(idTag).isPresent())) {
            return;
        }
        cache.remember(idTag, info, now);
    }

    private Optional<LocalAuthorization> lookUp(IdTag idTag, Instant now, boolean listEnabled, boolean cacheEnabled) {
        if (listEnabled) {
            Optional<IdTagInfo> onList = list.find(idTag, now);
            if (onList.isPresent()) {
                return Optional.of(new LocalAuthorization(onList.get(), AuthorizationSource.LOCAL_LIST));
            }
        }
        if (cacheEnabled) {
            return cache.find(idTag, now).map(info -> new LocalAuthorization(info, AuthorizationSource.CACHE));
        }
        return Optional.empty();
    }
}
