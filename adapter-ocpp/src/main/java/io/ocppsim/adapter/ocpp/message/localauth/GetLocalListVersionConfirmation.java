package io.ocppsim.adapter.ocpp.message.localauth;

/**
 * GetLocalListVersion.conf: the version of the local authorization list the charge point holds;
 * 0 when it has no list, -1 when it does not support local authorization lists.
 */
public record GetLocalListVersionConfirmation(int listVersion) {
}
