package io.ocppsim.adapter.ocpp.message.reservation;

import java.time.Instant;

/**
 * ReserveNow.req: reserve {@code connectorId} (0 = any connector) for {@code idTag} until
 * {@code expiryDate}, under the Central System's {@code reservationId}. All are required but
 * {@code parentIdTag}; {@code idTag} and {@code parentIdTag} are at most 20 characters.
 */
public record ReserveNowRequest(int connectorId, Instant expiryDate, String idTag, String parentIdTag,
        int reservationId) {
}
