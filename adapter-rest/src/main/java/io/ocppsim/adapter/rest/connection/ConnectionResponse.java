package io.ocppsim.adapter.rest.connection;

import java.time.Instant;

/**
 * A charge point's connection to its Central System.
 *
 * @param state DISCONNECTED, CONNECTING, CONNECTED or WAITING_TO_RECONNECT
 * @param registration Accepted, Pending or Rejected once the Central System answered a
 *     BootNotification on this connection; null before
 * @param online connected and Accepted: the charge point may send everything
 * @param reconnectAttempt failed attempts in a row since the last successful connection
 * @param nextAttemptAt when the next connection attempt is due, or null
 */
public record ConnectionResponse(String chargePointId, String state, String registration, boolean online,
        String centralSystemUrl, long heartbeatIntervalSeconds, Instant connectedSince, Instant lastHeartbeatAt,
        String lastError, int reconnectAttempt, Instant nextAttemptAt) {
}
