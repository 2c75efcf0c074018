package io.ocppsim.adapter.ocpp.message.core;

/** Authorize.conf: the Central System's verdict on the idTag (required). */
public record AuthorizeConfirmation(IdTagInfo idTagInfo) {
}
