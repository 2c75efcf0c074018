package io.ocppsim.adapter.ocpp.message.core;

/** ClearCache.conf: whether the authorization cache was cleared. */
public record ClearCacheConfirmation(ClearCacheStatus status) {
}
