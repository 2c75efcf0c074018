package io.ocppsim.adapter.rest.connector;

import java.time.Instant;

/**
 * The reservation holding a connector: for {@code idTag}, or any idTag that shares
 * {@code parentIdTag}, until {@code expiryDate}.
 *
 * @param parentIdTag the parent idTag that may also use the reservation, or null
 */
public record ReservationResponse(int reservationId, String idTag, String parentIdTag, Instant expiryDate) {
}
