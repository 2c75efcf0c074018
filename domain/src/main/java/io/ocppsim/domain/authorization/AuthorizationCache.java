package io.ocppsim.domain.authorization;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Authorization Cache (OCPP 1.6 §3.5.1): the idTagInfos the Central System sent in answers to
 * Authorize, StartTransaction and StopTransaction, remembered for later use while offline or with
 * LocalPreAuthorize. Every answer is remembered, whatever its status, so that an idTag the Central
 * System refused is refused again while offline.
 *
 * <p>IdTags are matched case-insensitively. An Accepted (or ConcurrentTx) entry whose expiryDate is
 * reached is changed to Expired in the cache when it is next looked up, as the specification asks.
 *
 * <p>The cache holds at most {@code capacity} idTags. Remembering a new idTag in a full cache first
 * removes every entry that is no longer valid at that moment (not Accepted, or expired), as §3.5.1
 * prescribes, and then, if the cache is still full, the least recently used entry. Both {@link #remember} and a
 * successful {@link #find} count as use.
 *
 * <p>Not thread-safe: the application serializes the operations on one charge point.
 */
public final class AuthorizationCache {

    private final int capacity;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    private record Entry(IdTag idTag, IdTagInfo info) {
    }

    /**
     * An empty cache for at most {@code capacity} idTags.
     *
     * @throws InvalidValueException if {@code capacity} is below 1
     */
    public AuthorizationCache(int capacity) {
        if (capacity < 1) {
            throw new InvalidValueException("capacity", "must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** How many idTags the cache holds at most. */
    public int capacity() {
        return capacity;
    }

    /** Remembers (or replaces) what the Central System said about {@code idTag}, as of {@code now}. */
    public void remember(IdTag idTag, IdTagInfo info, Instant now) {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(now, "now");
        String key = AuthorizationRules.key(idTag);
        if (!entries.containsKey(key) && entries.size() >= capacity) {
            makeRoom(now);
        }
        entries.put(key, new Entry(idTag, info));
    }

    /**
     * What the cache knows about {@code idTag} (compared case-insensitively) at {@code now}: an Accepted or
     * ConcurrentTx entry whose expiryDate is not after {@code now} is changed to Expired (same expiryDate
     * and parent) and answered as such.
     */
    public Optional<IdTagInfo> find(IdTag idTag, Instant now) {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(now, "now");
        String key = AuthorizationRules.key(idTag);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        IdTagInfo current = AuthorizationRules.asOf(entry.info(), now);
        if (!current.equals(entry.info())) {
            entries.put(key, new Entry(entry.idTag(), current));
        }
        return Optional.of(current);
    }

    /** Forgets everything, for ClearCache. */
    public void clear() {
        entries.clear();
    }

    /** How many idTags the cache holds, valid or not. */
    public int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        entries.values().removeIf(entry -> !isValid(entry.info(), now));
        if (entries.size() >= capacity) {
            Iterator<Entry> leastRecentlyUsedFirst = entries.values().iterator();
            leastRecentlyUsedFirst.next();
            leastRecentlyUsedFirst.remove();
        }
    }

    private static boolean isValid(IdTagInfo info, Instant now) {
        return AuthorizationSource.CACHE.treatsAsValid(AuthorizationRules.asOf(info, now).status());
    }
}
