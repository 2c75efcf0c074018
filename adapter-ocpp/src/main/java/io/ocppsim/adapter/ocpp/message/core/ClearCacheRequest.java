package io.ocppsim.adapter.ocpp.message.core;

/** ClearCache.req: empty; asks the charge point to empty its authorization cache. */
public record ClearCacheRequest() {
}
