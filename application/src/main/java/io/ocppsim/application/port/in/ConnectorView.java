package io.ocppsim.application.port.in;

import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import java.util.List;

/**
 * A connector as the API shows it, read at one instant.
 *
 * @param status what OCPP reports (Faulted while a fault is active)
 * @param underlyingStatus the status beneath any fault
 * @param authorizedIdTag an accepted idTag waiting for a cable or for its transaction, or null
 * @param transaction the running transaction, or null
 * @param lastTransaction the transaction that ended last on this connector, or null
 * @param reservation the reservation holding the connector, or null
 * @param chargingLimitW the smart-charging limit in force now, in watts, or null when no profile limits it
 */
public record ConnectorView(String chargePointId, int connectorId, ConnectorStatus status,
        ConnectorStatus underlyingStatus, ChargePointErrorCode errorCode, boolean cablePlugged, String authorizedIdTag,
        boolean inoperativeScheduled, double powerW, double energyRegisterWh, List<FaultView> activeFaults,
        TransactionView transaction, TransactionView lastTransaction, ReservationView reservation,
        Double chargingLimitW) {

    /** A reservation: for {@code idTag} (or any idTag sharing {@code parentIdTag}) until {@code expiryDate}. */
    public record ReservationView(int reservationId, String idTag, String parentIdTag, java.time.Instant expiryDate) {
    }


    public ConnectorView {
        activeFaults = List.copyOf(activeFaults);
    }
}
