package io.ocppsim.adapter.ocpp.message.core;

/**
 * DataTransfer.req, which either side may send: vendor-specific data. {@code vendorId} is required,
 * at most 255 characters; {@code messageId} is optional, at most 50; {@code data} is optional text
 * without a length limit.
 */
public record DataTransferRequest(String vendorId, String messageId, String data) {
}
