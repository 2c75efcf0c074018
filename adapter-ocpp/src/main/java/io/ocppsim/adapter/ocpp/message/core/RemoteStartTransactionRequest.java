package io.ocppsim.adapter.ocpp.message.core;

import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfile;

/**
 * RemoteStartTransaction.req: start a transaction for {@code idTag} (required, at most 20
 * characters), optionally on a given connector ({@code connectorId} &gt; 0; when left out the
 * charge point chooses) and with a charging profile, whose purpose must be {@code TxProfile}.
 */
public record RemoteStartTransactionRequest(Integer connectorId, String idTag, ChargingProfile chargingProfile) {
}
