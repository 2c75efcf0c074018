package io.ocppsim.adapter.rest.connector;

import java.util.List;

/**
 * A connector as the API shows it. Statuses and error codes are spelled as in OCPP 1.6
 * ({@code Charging}, {@code OverCurrentFailure}).
 *
 * @param status what OCPP reports (Faulted while a fault is active)
 * @param underlyingStatus the status beneath any fault
 * @param authorizedIdTag an accepted idTag waiting for a cable or for its transaction, or null
 * @param transaction the running transaction, or null
 * @param lastTransaction the running transaction or else the one that ran last, or null
 * @param reservation the reservation holding the connector, or null
 * @param chargingLimitW the smart-charging limit in force now, in watts, or null when no charging
 *     profile limits the connector
 * @param meter what the connector's meter reads now
 * @param ev the EV plugged in, or null without one
 */
public record ConnectorResponse(String chargePointId, int connectorId, String status, String underlyingStatus,
        String errorCode, boolean cablePlugged, String authorizedIdTag, boolean inoperativeScheduled, double powerW,
        double energyRegisterWh, List<FaultResponse> activeFaults, TransactionResponse transaction,
        TransactionResponse lastTransaction, ReservationResponse reservation, Double chargingLimitW,
        MeterResponse meter, EvResponse ev) {
}
