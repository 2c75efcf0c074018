package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/**
 * StatusNotification.req: a connector's status and error code (0 = the charge point as a whole).
 * Required: {@code connectorId}, {@code errorCode}, {@code status}. Optional: {@code info} (at most
 * 50 characters), {@code timestamp}, {@code vendorId} (255) and {@code vendorErrorCode} (50).
 */
public record StatusNotificationRequest(int connectorId, ChargePointErrorCode errorCode, String info,
        ChargePointStatus status, Instant timestamp, String vendorId, String vendorErrorCode) {
}
