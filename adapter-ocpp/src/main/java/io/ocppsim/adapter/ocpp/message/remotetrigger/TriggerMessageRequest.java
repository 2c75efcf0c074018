package io.ocppsim.adapter.ocpp.message.remotetrigger;

/**
 * TriggerMessage.req: send {@code requestedMessage} (required) now, for {@code connectorId}
 * (optional, &gt; 0) where the message concerns a connector; without it, for the charge point or
 * every connector.
 */
public record TriggerMessageRequest(MessageTrigger requestedMessage, Integer connectorId) {
}
