package io.ocppsim.adapter.ocpp.message.localauth;

import java.util.List;

/**
 * SendLocalList.req: the new version of the local authorization list (required), the entries
 * (optional; a full update without entries empties the list) and whether they replace the list or
 * change it (required). The list is copied on construction.
 */
public record SendLocalListRequest(int listVersion, List<AuthorizationData> localAuthorizationList,
        UpdateType updateType) {

    public SendLocalListRequest {
        localAuthorizationList = localAuthorizationList == null ? null : List.copyOf(localAuthorizationList);
    }
}
