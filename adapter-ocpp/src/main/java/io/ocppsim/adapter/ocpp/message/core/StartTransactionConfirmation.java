package io.ocppsim.adapter.ocpp.message.core;

/** StartTransaction.conf: the transaction's id and the verdict on its idTag (both required). */
public record StartTransactionConfirmation(IdTagInfo idTagInfo, Integer transactionId) {
}
