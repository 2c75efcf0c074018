package io.ocppsim.adapter.ocpp.message.core;

/** Reset.req: reboot the charge point, hard or soft (required). */
public record ResetRequest(ResetType type) {
}
