package io.ocppsim.domain.authorization;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;

/**
 * One entry of a SendLocalList update: an idTag and what the Central System says about it. A
 * {@code null} idTagInfo means "remove this idTag" and is only allowed in a Differential update; a
 * Full update with such an entry fails.
 */
public record AuthorizationData(IdTag idTag, IdTagInfo idTagInfo) {

    public AuthorizationData {
        Checks.required("idTag", idTag);
    }

    /** An entry that adds or updates {@code idTag} with {@code info}. */
    public static AuthorizationData of(IdTag idTag, IdTagInfo info) {
        return new AuthorizationData(idTag, Checks.required("idTagInfo", info));
    }

    /** An entry that removes {@code idTag} in a Differential update. */
    public static AuthorizationData removal(IdTag idTag) {
        return new AuthorizationData(idTag, null);
    }

    /** Whether this entry removes its idTag (it carries no idTagInfo). */
    public boolean isRemoval() {
        return idTagInfo == null;
    }
}
