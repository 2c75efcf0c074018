package io.ocppsim.adapter.ocpp.message.core;

/** RemoteStopTransaction.req: stop the transaction with that id (required). */
public record RemoteStopTransactionRequest(int transactionId) {
}
