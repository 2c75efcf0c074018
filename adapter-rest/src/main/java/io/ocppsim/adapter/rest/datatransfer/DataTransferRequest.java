package io.ocppsim.adapter.rest.datatransfer;

/**
 * The body of {@code POST /data-transfer}:
 * {@code {"vendor_id": "com.example", "message_id": "Hello", "data": "..."}}. Only {@code vendor_id}
 * is required; {@code data} is sent as the string it is (JSON inside it stays text).
 */
public record DataTransferRequest(String vendorId, String messageId, String data) {
}
