package io.ocppsim.adapter.ocpp.message.core;

/** Authorize.conf. */
public record AuthorizeConfirmation(IdTagInfo idTagInfo) {
}
