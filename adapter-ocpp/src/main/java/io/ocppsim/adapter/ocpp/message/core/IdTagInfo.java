package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/** What the Central System says about an idTag. */
public record IdTagInfo(Instant expiryDate, String parentIdTag, AuthorizationStatus status) {
}
