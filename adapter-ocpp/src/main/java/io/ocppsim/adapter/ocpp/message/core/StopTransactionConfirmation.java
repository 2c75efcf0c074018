package io.ocppsim.adapter.ocpp.message.core;

/** StopTransaction.conf: the verdict on the idTag that stopped the transaction, when one did. */
public record StopTransactionConfirmation(IdTagInfo idTagInfo) {
}
