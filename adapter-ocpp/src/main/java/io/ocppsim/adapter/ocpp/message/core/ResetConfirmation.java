package io.ocppsim.adapter.ocpp.message.core;

/** Reset.conf: whether the charge point will reset. */
public record ResetConfirmation(ResetStatus status) {
}
