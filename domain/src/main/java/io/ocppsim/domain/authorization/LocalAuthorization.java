package io.ocppsim.domain.authorization;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.transaction.IdTagInfo;

/**
 * A decision about an idTag taken on the charge point, without asking the Central System: the info as
 * it stands now (an expired entry reads Expired) and where it came from.
 */
public record LocalAuthorization(IdTagInfo idTagInfo, AuthorizationSource source) {

    public LocalAuthorization {
        Checks.required("idTagInfo", idTagInfo);
        Checks.required("source", source);
    }

    /**
     * Whether the idTag may start charging: Accepted, or on the Local Authorization List also
     * ConcurrentTx (see {@link AuthorizationSource#treatsAsValid}). Otherwise the caller refuses the idTag.
     */
    public boolean authorized() {
        return source.treatsAsValid(idTagInfo.status());
    }
}
