package io.ocppsim.adapter.ocpp.message.localauth;

/** GetLocalListVersion.req: empty. */
public record GetLocalListVersionRequest() {
}
