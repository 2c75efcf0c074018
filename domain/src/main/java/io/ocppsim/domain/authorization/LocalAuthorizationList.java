package io.ocppsim.domain.authorization;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Local Authorization List of a charge point (OCPP 1.6 §3.5.2 and §5.15): idTags and their
 * idTagInfo as the Central System installed them with SendLocalList, under a version number the Central
 * System chooses and reads back with GetLocalListVersion.
 *
 * <p>Updates are all-or-nothing: {@link #update} checks the whole message and the list it would lead to
 * before changing anything, so an update that is not Accepted leaves both the entries and the version as
 * they were. IdTags are matched case-insensitively; an entry keeps the spelling of the update that last
 * wrote it.
 *
 * <p>The list holds what the Central System sent and never changes it by itself: an entry whose
 * expiryDate has passed stays on the list, and {@link #find(IdTag, Instant)} reports it as Expired.
 * Whether the list is <em>used</em> (LocalAuthListEnabled) is the caller's business; it can be updated
 * either way.
 *
 * <p>Not thread-safe: the application serializes the operations on one charge point.
 */
public final class LocalAuthorizationList {

    private Map<String, AuthorizationData> entries = new LinkedHashMap<>();
    private int version;

    /** An empty list with version 0, as before the Central System ever sent one. */
    public LocalAuthorizationList() {
    }

    /**
     * The version of the installed list, for GetLocalListVersion: 0 when no list was ever installed (or
     * after a Full update with an empty list and version 0), else the listVersion of the last Accepted
     * update, even if that update left the list empty. A non-empty list never has version 0.
     */
    public int version() {
        return version;
    }

    /** How many idTags are on the list. */
    public int size() {
        return entries.size();
    }

    /** The entry for {@code idTag} (compared case-insensitively) exactly as the Central System sent it. */
    public Optional<IdTagInfo> find(IdTag idTag) {
        Objects.requireNonNull(idTag, "idTag");
        AuthorizationData entry = entries.get(AuthorizationRules.key(idTag));
        return entry == null ? Optional.empty() : Optional.of(entry.idTagInfo());
    }

    /**
     * The entry for {@code idTag} as it stands at {@code now}: an Accepted or ConcurrentTx entry whose
     * expiryDate is not after {@code now} answers with status Expired (same expiryDate and parent).
     */
    public Optional<IdTagInfo> find(IdTag idTag, Instant now) {
        Objects.requireNonNull(now, "now");
        return find(idTag).map(info -> AuthorizationRules.asOf(info, now));
    }

    /** Every entry, in the order the idTags were first put on the list (an update keeps the position). */
    public List<AuthorizationData> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Applies a SendLocalList update and answers its status. The checks, in this order:
     * <ol>
     *   <li>{@code listVersion < 0}: Failed (-1 is what GetLocalListVersion answers without list support).</li>
     *   <li>more entries than {@code sendLocalListMaxLength}: Failed.</li>
     *   <li>the same idTag twice (case-insensitively) in the message: Failed.</li>
     *   <li>a Full update with an entry without idTagInfo: Failed.</li>
     *   <li>a Full update with version 0 and entries: Failed, since GetLocalListVersion answers 0 only for an
     *       empty list. A Full update with an empty list clears the list and may carry any version
     *       {@code >= 0}.</li>
     *   <li>a Differential update with {@code listVersion <= version()}: VersionMismatch. A malformed message
     *       therefore fails even if its version is stale too.</li>
     *   <li>the list the update leads to is longer than {@code localAuthListMaxLength}: Failed.</li>
     * </ol>
     * Then a Full update replaces the whole list; a Differential update adds or updates the entries with
     * idTagInfo and removes those without (removing an idTag that is not on the list is no error). The
     * version becomes {@code listVersion}, also for a Differential update with no entries. On any other
     * answer than Accepted nothing changes.
     *
     * @param entries the message's localAuthorizationList; {@code null} (the field is optional) is empty
     * @param sendLocalListMaxLength the SendLocalListMaxLength configuration value, at least 0
     * @param localAuthListMaxLength the LocalAuthListMaxLength configuration value, at least 0
     * @throws InvalidValueException if a limit is negative or {@code entries} contains {@code null}
     */
    public UpdateStatus update(int listVersion, UpdateType type, List<AuthorizationData> entries,
            int sendLocalListMaxLength, int localAuthListMaxLength) {
        Objects.requireNonNull(type, "type");
        requireLimit("sendLocalListMaxLength", sendLocalListMaxLength);
        requireLimit("localAuthListMaxLength", localAuthListMaxLength);
        List<AuthorizationData> sent = entries == null ? List.of() : entries;
        if (sent.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("localAuthorizationList", "must not contain null entries");
        }

        if (listVersion < 0 || sent.size() > sendLocalListMaxLength || hasDuplicates(sent)) {
            return UpdateStatus.Failed;
        }
        if (type == UpdateType.Full
                && (sent.stream().anyMatch(AuthorizationData::isRemoval) || (listVersion == 0 && !sent.isEmpty()))) {
            return UpdateStatus.Failed;
        }
        if (type == UpdateType.Differential && listVersion <= version) {
            return UpdateStatus.VersionMismatch;
        }

        Map<String, AuthorizationData> result = type == UpdateType.Full
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(this.entries);
        for (AuthorizationData entry : sent) {
            String key = AuthorizationRules.key(entry.idTag());
            if (entry.isRemoval()) {
                result.remove(key);
            } else {
                result.put(key, entry);
            }
        }
        if (result.size() > localAuthListMaxLength) {
            return UpdateStatus.Failed;
        }

        this.entries = result;
        this.version = listVersion;
        return UpdateStatus.Accepted;
    }

    private static void requireLimit(String field, int limit) {
        if (limit < 0) {
            throw new InvalidValueException(field, "must be at least 0, was " + limit);
        }
    }

    private static boolean hasDuplicates(List<AuthorizationData> sent) {
        Set<String> seen = new HashSet<>();
        return !sent.stream().allMatch(entry -> seen.add(AuthorizationRules.key(entry.idTag())));
    }
}
