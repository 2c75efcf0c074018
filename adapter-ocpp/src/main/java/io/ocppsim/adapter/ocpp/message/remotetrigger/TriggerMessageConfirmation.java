package io.ocppsim.adapter.ocpp.message.remotetrigger;

/** TriggerMessage.conf: whether the requested message will be sent. */
public record TriggerMessageConfirmation(TriggerMessageStatus status) {
}
