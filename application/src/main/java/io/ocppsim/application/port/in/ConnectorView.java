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
 * @param meter what the connector's meter reads now (true values, without measurement noise)
 * @param ev the EV plugged in, or null without one
 */
public record ConnectorView(String chargePointId, int connectorId, ConnectorStatus status,
        ConnectorStatus underlyingStatus, ChargePointErrorCode errorCode, boolean cablePlugged, String authorizedIdTag,
        boolean inoperativeScheduled, double powerW, double energyRegisterWh, List<FaultView> activeFaults,
        TransactionView transaction, TransactionView lastTransaction, ReservationView reservation,
        Double chargingLimitW, MeterView meter, EvView ev) {

    /** A reservation: for {@code idTag} (or any idTag sharing {@code parentIdTag}) until {@code expiryDate}. */
    public record ReservationView(int reservationId, String idTag, String parentIdTag, java.time.Instant expiryDate) {
    }


    /**
     * The meter's readings.
     *
     * @param voltageV per phase in use, L1 first (line to neutral)
     * @param currentA per phase in use, L1 first
     * @param temperatureC the temperature of connector and cable
     * @param offeredPowerW what the EVSE offers now: the least of its maximum and the charging limit
     * @param offeredCurrentA the offer as a current per phase
     */
    public record MeterView(double powerW, double energyRegisterWh, List<Double> voltageV, List<Double> currentA,
            int phases, double powerFactor, double frequencyHz, double temperatureC, double offeredPowerW,
            double offeredCurrentA) {
        public MeterView {
            voltageV = List.copyOf(voltageV);
            currentA = List.copyOf(currentA);
        }
    }

    /**
     * The EV on the cable.
     *
     * @param socPercent its state of charge now
     * @param reachedTarget whether it reached its target and stopped drawing
     */
    public record EvView(double capacityWh, double socPercent, double targetSocPercent, double maxPowerW,
            int phases, boolean reachedTarget) {
    }

    public ConnectorView {
        activeFaults = List.copyOf(activeFaults);
    }
}
