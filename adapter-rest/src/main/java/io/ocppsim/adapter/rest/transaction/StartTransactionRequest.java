package io.ocppsim.adapter.rest.transaction;

/** The optional body of {@code POST /connectors/{id}/start-transaction}: {@code {"id_tag": "user123"}}. */
public record StartTransactionRequest(String idTag) {
}
