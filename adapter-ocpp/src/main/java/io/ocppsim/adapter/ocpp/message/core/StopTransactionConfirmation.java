package io.ocppsim.adapter.ocpp.message.core;

/** StopTransaction.conf. */
public record StopTransactionConfirmation(IdTagInfo idTagInfo) {
}
