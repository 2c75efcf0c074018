package io.ocppsim.adapter.ocpp.message.core;

/** UnlockConnector.req: unlock the cable of that connector (required, &gt; 0). */
public record UnlockConnectorRequest(int connectorId) {
}
