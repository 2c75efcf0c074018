package io.ocppsim.adapter.ocpp.message.localauth;

import io.ocppsim.adapter.ocpp.message.core.IdTagInfo;

/**
 * One entry of a local authorization list: the {@code idTag} (required, at most 20 characters) and
 * what is known about it. In a differential update an entry without {@code idTagInfo} removes the
 * idTag from the list.
 */
public record AuthorizationData(String idTag, IdTagInfo idTagInfo) {
}
