package io.ocppsim.adapter.rest.transaction;

/** The optional body of {@code POST /connectors/{id}/stop-transaction}: {@code {"reason": "Remote"}}. */
public record StopTransactionRequest(String reason) {
}
