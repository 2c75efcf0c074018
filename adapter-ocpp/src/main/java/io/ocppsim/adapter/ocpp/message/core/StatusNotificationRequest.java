package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/** StatusNotification.req: a connector's status and error code. */
public record StatusNotificationRequest(int connectorId, ChargePointErrorCode errorCode, String info,
        ChargePointStatus status, Instant timestamp, String vendorId, String vendorErrorCode) {
}
