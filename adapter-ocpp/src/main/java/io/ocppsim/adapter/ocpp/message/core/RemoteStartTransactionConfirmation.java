package io.ocppsim.adapter.ocpp.message.core;

/** RemoteStartTransaction.conf: whether the charge point will try to start the transaction. */
public record RemoteStartTransactionConfirmation(RemoteStartStopStatus status) {
}
