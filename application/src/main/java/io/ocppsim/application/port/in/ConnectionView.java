package io.ocppsim.application.port.in;

import java.time.Instant;

/**
 * A charge point's connection as the API shows it.
 *
 * @param registration Accepted, Pending or Rejected once the Central System answered a
 *     BootNotification on this connection; null before
 * @param online connected and Accepted: the charge point may send everything
 * @param reconnectAttempt failed attempts in a row since the last successful connection
 * @param nextAttemptAt when the next connection attempt is due, or null
 */
public record ConnectionView(String chargePointId, ConnectionState state, String registration, boolean online,
        String centralSystemUrl, long heartbeatIntervalSeconds, Instant connectedSince, Instant lastHeartbeatAt,
        String lastError, int reconnectAttempt, Instant nextAttemptAt) {
}
