package io.ocppsim.adapter.ocpp.message.core;

/** RemoteStopTransaction.conf: whether the charge point will stop the transaction. */
public record RemoteStopTransactionConfirmation(RemoteStartStopStatus status) {
}
