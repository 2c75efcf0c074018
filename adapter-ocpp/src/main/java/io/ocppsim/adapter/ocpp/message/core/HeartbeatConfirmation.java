package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/** Heartbeat.conf: the Central System's time. */
public record HeartbeatConfirmation(Instant currentTime) {
}
