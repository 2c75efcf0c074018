package io.ocppsim.adapter.ocpp.message.core;

/** Heartbeat.req: empty. */
public record HeartbeatRequest() {
}
