package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/**
 * What the Central System says about an idTag: its {@code status} (required), until when it may
 * be cached ({@code expiryDate}, optional) and its group ({@code parentIdTag}, optional, at most 20
 * characters).
 */
public record IdTagInfo(Instant expiryDate, String parentIdTag, AuthorizationStatus status) {
}
