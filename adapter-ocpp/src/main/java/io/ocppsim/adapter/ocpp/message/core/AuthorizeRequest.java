package io.ocppsim.adapter.ocpp.message.core;

/** Authorize.req: ask whether {@code idTag} (required, at most 20 characters) may charge. */
public record AuthorizeRequest(String idTag) {
}
