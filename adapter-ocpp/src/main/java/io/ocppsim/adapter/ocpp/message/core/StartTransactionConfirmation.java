package io.ocppsim.adapter.ocpp.message.core;

/** StartTransaction.conf: the transaction's id and the verdict on its idTag. */
public record StartTransactionConfirmation(IdTagInfo idTagInfo, Integer transactionId) {
}
