package io.ocppsim.adapter.ocpp.message.core;

/** UnlockConnector.conf: whether the connector was unlocked. */
public record UnlockConnectorConfirmation(UnlockStatus status) {
}
