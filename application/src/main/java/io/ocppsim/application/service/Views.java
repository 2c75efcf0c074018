package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.FaultView;
import io.ocppsim.application.port.in.TransactionView;
import io.ocppsim.domain.charging.MeterReadings;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.ev.EvBattery;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.physics.ElectricalState;
import io.ocppsim.domain.connector.Reservation;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.transaction.Transaction;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.OptionalDouble;

/** Builds the views the use cases return. Under the charge point's lock. */
final class Views {

    private Views() {
    }

    static ConnectorView connector(SimulatedChargePoint cp, Connector connector, Instant now) {
        Energy register = connector.meterReading(now);
        return new ConnectorView(cp.id().value(), connector.id().value(), connector.status(),
                connector.underlyingStatus(), connector.errorCode(), connector.isCablePlugged(),
                connector.authorizedIdTag().map(tag -> tag.value()).orElse(null),
                connector.isInoperativeScheduled(), connector.power().watts(), register.wattHours(),
                connector.activeFaults().stream()
                        .map(f -> new FaultView(f.errorCode(), f.info(), f.vendorErrorCode())).toList(),
                connector.transaction().map(tx -> transaction(tx, register)).orElse(null),
                connector.lastTransaction().filter(tx -> !tx.isRunning()).map(tx -> transaction(tx, register))
                        .orElse(null),
                reservation(cp, connector),
                chargingLimit(cp, connector, now),
                meter(connector, now),
                connector.ev().map(Views::ev).orElse(null));
    }

    /** The true readings: a view never draws measurement noise, so looking changes nothing simulated. */
    private static ConnectorView.MeterView meter(Connector connector, Instant now) {
        MeterReadings readings = connector.readings(now, false);
        ElectricalState electrical = readings.electrical();
        return new ConnectorView.MeterView(electrical.power().watts(), readings.register().wattHours(),
                electrical.phases().stream().map(p -> round(p.voltageV(), 2)).toList(),
                electrical.phases().stream().map(p -> round(p.currentA(), 3)).toList(), electrical.phaseCount(),
                electrical.powerFactor(), round(electrical.frequencyHz(), 2), round(readings.temperatureC(), 2),
                readings.offeredPower().watts(), round(readings.offeredCurrentA(), 2));
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static ConnectorView.EvView ev(EvBattery battery) {
        EvProfile profile = battery.profile();
        return new ConnectorView.EvView(profile.batteryCapacityWh(), battery.soc(), profile.targetSocPercent(),
                profile.maxAcPowerW(), profile.phases(), battery.reachedTarget());
    }

    private static ConnectorView.ReservationView reservation(SimulatedChargePoint cp, Connector connector) {
        Reservation reservation = connector.id().value() == 0 ? cp.chargePointReservation
                : connector.reservation().orElse(null);
        return reservation == null ? null : new ConnectorView.ReservationView(reservation.reservationId(),
                reservation.idTag().value(), reservation.parentIdTag() == null ? null : reservation.parentIdTag().value(),
                reservation.expiresAt());
    }

    private static Double chargingLimit(SimulatedChargePoint cp, Connector connector, Instant now) {
        if (connector.id().value() == 0) {
            return null;
        }
        OptionalDouble limit = ChargingSimulation.limit(cp, connector, now);
        return limit.isPresent() ? limit.getAsDouble() : null;
    }

    static TransactionView transaction(Transaction tx, Energy register) {
        Transaction.Stop stop = tx.stop().orElse(null);
        return new TransactionView(tx.id().map(TransactionId::value).orElse(null), tx.idTag().value(),
                tx.meterStart().wholeWattHours(), tx.startedAt(), tx.reservationId().orElse(null),
                tx.energyDelivered(register).wattHours(), tx.isRunning(), stop != null ? stop.reason() : null,
                stop != null ? stop.meterStop().wholeWattHours() : null, stop != null ? stop.stoppedAt() : null);
    }
}
