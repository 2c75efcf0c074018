package io.ocppsim.adapter.ocpp.message.core;

/** Authorize.req. */
public record AuthorizeRequest(String idTag) {
}
