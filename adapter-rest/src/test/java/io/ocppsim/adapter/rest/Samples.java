package io.ocppsim.adapter.rest;

import io.ocppsim.application.port.in.ChargePointView;
import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.in.ConnectionView;
import io.ocppsim.application.port.in.ConnectorView.EvView;
import io.ocppsim.application.port.in.ConnectorView.MeterView;
import io.ocppsim.application.port.in.ConnectorView.ReservationView;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.FaultView;
import io.ocppsim.application.port.in.TransactionView;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import java.time.Instant;
import java.util.List;

/** Views as the use cases would return them. */
final class Samples {

    static final ChargePointId CP1 = ChargePointId.of("CP001");
    static final ChargePointId CP2 = ChargePointId.of("CP002");
    static final Instant STARTED_AT = Instant.parse("2026-01-01T10:00:00Z");

    /** A 60 kWh EV plugged in at 20 %, charging to 80 % at up to 11 kW on 3 phases. */
    static final EvView EV_AT_20 = new EvView(60_000, 20, 80, 11_000, 3, false);
    /** The same EV later, at 35.44 %. */
    static final EvView EV_AT_35 = new EvView(60_000, 35.44, 80, 11_000, 3, false);
    /** 7360 W on three phases of 230 V, 10.67 A each. */
    static final MeterView CHARGING_METER = new MeterView(7360, 1550.5, List.of(230.0, 230.0, 230.0),
            List.of(10.67, 10.67, 10.67), 3, 1.0, 50.0, 31.5, 22_080, 32);

    private Samples() {
    }

    /** A meter that reads {@code registerWh} and no flow, offering 22 kW on three phases. */
    static MeterView idleMeter(double registerWh) {
        return new MeterView(0, registerWh, List.of(230.0, 230.0, 230.0), List.of(0.0, 0.0, 0.0), 3, 1.0, 50.0,
                25.0, 22_080, 32);
    }

    static ConnectorView available(int connectorId) {
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.Available, ConnectorStatus.Available,
                ChargePointErrorCode.NoError, false, null, false, 0, 1000, List.of(), null, null, null, null,
                idleMeter(1000), null);
    }

    static ConnectorView preparing(int connectorId) {
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.Preparing, ConnectorStatus.Preparing,
                ChargePointErrorCode.NoError, true, null, false, 0, 1000, List.of(), null, null, null, null,
                idleMeter(1000), EV_AT_20);
    }

    static ConnectorView charging(int connectorId) {
        TransactionView transaction = new TransactionView(42, "user123", 1000, STARTED_AT, null, 550.5, true, null,
                null, null);
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.Charging, ConnectorStatus.Charging,
                ChargePointErrorCode.NoError, true, "user123", false, 7360, 1550.5, List.of(), transaction,
                transaction, null, null, CHARGING_METER, EV_AT_35);
    }

    /** Charging paused by the EV: the transaction runs, no power flows. */
    static ConnectorView suspendedByEv(int connectorId) {
        TransactionView transaction = new TransactionView(42, "user123", 1000, STARTED_AT, null, 550.5, true, null,
                null, null);
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.SuspendedEV, ConnectorStatus.SuspendedEV,
                ChargePointErrorCode.NoError, true, "user123", false, 0, 1550.5, List.of(), transaction,
                transaction, null, null, idleMeter(1550.5), EV_AT_35);
    }

    /** Reserved for user123 (or any idTag under PARENT-1) until 11:00, with a 3680 W smart-charging limit. */
    static ConnectorView reserved(int connectorId) {
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.Reserved, ConnectorStatus.Reserved,
                ChargePointErrorCode.NoError, false, null, false, 0, 1000, List.of(), null, null,
                new ReservationView(7, "user123", "PARENT-1", STARTED_AT.plusSeconds(3600)), 3680.0,
                idleMeter(1000), null);
    }

    static ConnectorView faulted(int connectorId) {
        return new ConnectorView(CP1.value(), connectorId, ConnectorStatus.Faulted, ConnectorStatus.Available,
                ChargePointErrorCode.OverCurrentFailure, false, null, false, 0, 1000,
                List.of(new FaultView(ChargePointErrorCode.OverCurrentFailure, "Simulated overcurrent", null)), null,
                null, null, null, idleMeter(1000), null);
    }

    static ConnectionView connected(ChargePointId chargePoint) {
        return new ConnectionView(chargePoint.value(), ConnectionState.CONNECTED, "Accepted", true,
                "ws://localhost:8080/" + chargePoint.value(), 300, STARTED_AT, STARTED_AT.plusSeconds(300), null, 0,
                null);
    }

    static ConnectionView disconnected(ChargePointId chargePoint) {
        return new ConnectionView(chargePoint.value(), ConnectionState.DISCONNECTED, null, false,
                "ws://localhost:8080/" + chargePoint.value(), 300, null, null, null, 0, null);
    }

    static ChargePointView chargePoint() {
        return new ChargePointView(CP1.value(), "OCPP-RS", "Simulator", "1.0.0", 2, connected(CP1),
                List.of(available(0), charging(1), available(2)));
    }
}
