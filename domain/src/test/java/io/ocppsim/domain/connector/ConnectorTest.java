package io.ocppsim.domain.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.connector.ConnectorDomainEvent.CablePluggedIn;
import io.ocppsim.domain.connector.ConnectorDomainEvent.CableUnplugged;
import io.ocppsim.domain.connector.ConnectorDomainEvent.FaultCleared;
import io.ocppsim.domain.connector.ConnectorDomainEvent.FaultInjected;
import io.ocppsim.domain.connector.ConnectorDomainEvent.IdTagAuthorized;
import io.ocppsim.domain.connector.ConnectorDomainEvent.ReservationEnded;
import io.ocppsim.domain.connector.ConnectorDomainEvent.StatusChanged;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStarted;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStopped;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConnectorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final IdTag TAG = IdTag.of("user123");
    private static final Offset<Double> WH = Offset.offset(1e-6);

    private final Connector connector = new Connector(ConnectorId.of(1), ChargingSetup.constant(Power.ofWatts(7200)), 0,
            Energy.ofWattHours(1000), T0);

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static StatusChanged status(ConnectorStatus from, ConnectorStatus to, int seconds) {
        return new StatusChanged(ConnectorId.of(1), from, to, ChargePointErrorCode.NoError, null, null, at(seconds));
    }

    @Test
    void aSessionReportsEachStepAndMetersTheEnergy() {
        connector.plugIn(at(0));
        assertThat(connector.pullEvents()).containsExactly(new CablePluggedIn(ConnectorId.of(1), at(0)),
                status(ConnectorStatus.Available, ConnectorStatus.Preparing, 0));

        connector.authorize(TAG, null, at(5));
        assertThat(connector.pullEvents()).containsExactly(new IdTagAuthorized(ConnectorId.of(1), TAG, at(5)));
        assertThat(connector.isReadyToStart()).isTrue();

        Transaction tx = connector.startTransaction(at(10));
        assertThat(tx.meterStart()).isEqualTo(Energy.ofWattHours(1000));
        assertThat(tx.idTag()).isEqualTo(TAG);
        assertThat(connector.pullEvents()).containsExactly(new TransactionStarted(ConnectorId.of(1), tx, at(10)),
                status(ConnectorStatus.Preparing, ConnectorStatus.Charging, 10));
        assertThat(connector.power()).isEqualTo(Power.ofWatts(7200));

        // Half an hour at 7.2 kW is 3.6 kWh.
        assertThat(connector.meterReading(at(10 + 1800)).wattHours()).isCloseTo(4600, WH);

        Transaction.Stop stop = connector.stopTransaction(StopReason.Local, at(10 + 3600));
        assertThat(stop.meterStop().wattHours()).isCloseTo(1000 + 7200, WH);
        assertThat(stop.reason()).isEqualTo(StopReason.Local);
        assertThat(tx.isRunning()).isFalse();
        assertThat(connector.pullEvents()).containsExactly(
                new TransactionStopped(ConnectorId.of(1), tx, stop, at(3610)),
                status(ConnectorStatus.Charging, ConnectorStatus.Finishing, 3610));
        assertThat(connector.power()).isEqualTo(Power.ZERO);

        connector.plugOut(at(3700), true);
        assertThat(connector.pullEvents()).containsExactly(new CableUnplugged(ConnectorId.of(1), at(3700)),
                status(ConnectorStatus.Finishing, ConnectorStatus.Available, 3700));
        assertThat(connector.meterReading(at(7200)).wattHours()).isCloseTo(8200, WH);
    }

    @Test
    void anIdTagMayComeBeforeTheCable() {
        connector.authorize(TAG, null, at(0));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Preparing);
        assertThat(connector.isReadyToStart()).isFalse();
        connector.plugIn(at(3));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Preparing);
        assertThat(connector.isReadyToStart()).isTrue();
        assertThat(connector.startTransaction(at(4)).idTag()).isEqualTo(TAG);
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
    }

    @Test
    void anAuthorizationWithoutCableExpires() {
        connector.authorize(TAG, null, at(0));
        assertThat(connector.expireAuthorization(at(60))).isTrue();
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Available);
        assertThat(connector.authorizedIdTag()).isEmpty();
        assertThat(connector.expireAuthorization(at(61))).isFalse();
    }

    @Nested
    class Unplugging {

        @Test
        void duringATransactionStopsItWithEvDisconnected() {
            charge();
            var stop = connector.plugOut(at(600), true);
            assertThat(stop).hasValueSatisfying(s -> assertThat(s.reason()).isEqualTo(StopReason.EVDisconnected));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Available);
            List<DomainEvent> events = connector.pullEvents();
            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isInstanceOf(CableUnplugged.class);
            assertThat(events.get(1)).isInstanceOf(TransactionStopped.class);
            assertThat(events.get(2)).isEqualTo(status(ConnectorStatus.Charging, ConnectorStatus.Available, 600));
        }

        @Test
        void withoutStopOnEvSideDisconnectSuspendsUntilTheCableIsBack() {
            charge();
            assertThat(connector.plugOut(at(600), false)).isEmpty();
            assertThat(connector.status()).isEqualTo(ConnectorStatus.SuspendedEV);
            assertThat(connector.transaction()).isPresent();
            Energy suspended = connector.meterReading(at(600));
            assertThat(connector.meterReading(at(1200))).isEqualTo(suspended);

            connector.plugIn(at(1200));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
            assertThat(connector.meterReading(at(1200 + 3600)).wattHours())
                    .isCloseTo(suspended.wattHours() + 7200, WH);
        }
    }

    @Nested
    class Faults {

        @Test
        void overlayTheStatusAndStopTheEnergy() {
            charge();
            Energy before = connector.meterReading(at(100));
            connector.injectFault(new Fault(ChargePointErrorCode.HighTemperature, "hot", "T-1"), at(100));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Faulted);
            assertThat(connector.underlyingStatus()).isEqualTo(ConnectorStatus.Charging);
            assertThat(connector.errorCode()).isEqualTo(ChargePointErrorCode.HighTemperature);
            assertThat(connector.pullEvents()).containsExactly(
                    new FaultInjected(ConnectorId.of(1), new Fault(ChargePointErrorCode.HighTemperature, "hot", "T-1"),
                            at(100)),
                    new StatusChanged(ConnectorId.of(1), ConnectorStatus.Charging, ConnectorStatus.Faulted,
                            ChargePointErrorCode.HighTemperature, "hot", "T-1", at(100)));
            assertThat(connector.meterReading(at(1000))).isEqualTo(before);

            connector.clearFault(null, at(1000));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
            assertThat(connector.pullEvents()).last().isEqualTo(status(ConnectorStatus.Faulted,
                    ConnectorStatus.Charging, 1000));
            assertThat(connector.meterReading(at(1000 + 3600)).wattHours()).isCloseTo(before.wattHours() + 7200, WH);
        }

        @Test
        void aSecondFaultChangesTheReportedCodeAndTheLastClearReturnsToTheUnderlyingStatus() {
            connector.injectFault(Fault.of(ChargePointErrorCode.GroundFailure), at(1));
            connector.injectFault(Fault.of(ChargePointErrorCode.OverVoltage), at(2));
            connector.pullEvents();
            assertThat(connector.errorCode()).isEqualTo(ChargePointErrorCode.OverVoltage);

            connector.clearFault(ChargePointErrorCode.OverVoltage, at(3));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Faulted);
            assertThat(connector.errorCode()).isEqualTo(ChargePointErrorCode.GroundFailure);
            assertThat(connector.pullEvents()).containsExactly(
                    new FaultCleared(ConnectorId.of(1), Fault.of(ChargePointErrorCode.OverVoltage), at(3)),
                    new StatusChanged(ConnectorId.of(1), ConnectorStatus.Faulted, ConnectorStatus.Faulted,
                            ChargePointErrorCode.GroundFailure, null, null, at(3)));

            connector.plugIn(at(4)); // the world goes on underneath the fault
            connector.clearFault(ChargePointErrorCode.GroundFailure, at(5));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Preparing);
        }

        @Test
        void aTransactionStoppedDuringAFaultShowsFinishingOnceCleared() {
            charge();
            connector.injectFault(Fault.of(ChargePointErrorCode.OverVoltage), at(10)); // suspends energy only
            connector.stopTransaction(StopReason.Other, at(20));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Faulted);
            connector.clearFault(null, at(30));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Finishing);
        }

        @Test
        void clearingWithoutAFaultIsRefused() {
            assertThatThrownBy(() -> connector.clearFault(null, at(1)))
                    .isInstanceOfSatisfying(ConnectorRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConnectorRejectedException.Reason.NO_ACTIVE_FAULT));
        }
    }

    @Nested
    class Availability {

        @Test
        void inoperativeDuringATransactionIsScheduledAndAppliedWhenItStops() {
            charge();
            assertThat(connector.makeInoperative(at(10))).isEqualTo(Connector.AvailabilityChange.SCHEDULED);
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
            connector.pullEvents();
            connector.stopTransaction(StopReason.Local, at(20));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Unavailable);
            assertThat(connector.pullEvents()).last()
                    .isEqualTo(status(ConnectorStatus.Charging, ConnectorStatus.Unavailable, 20));
        }

        @Test
        void inoperativeWhilePreparingWaitsForTheCableToGoInTwoLegalSteps() {
            connector.plugIn(at(0));
            assertThat(connector.makeInoperative(at(1))).isEqualTo(Connector.AvailabilityChange.SCHEDULED);
            connector.pullEvents();
            connector.plugOut(at(2), true);
            assertThat(connector.pullEvents()).filteredOn(StatusChanged.class::isInstance).containsExactly(
                    status(ConnectorStatus.Preparing, ConnectorStatus.Available, 2),
                    status(ConnectorStatus.Available, ConnectorStatus.Unavailable, 2));
        }

        @Test
        void operativeWithACableInGoesToPreparing() {
            connector.makeInoperative(at(0));
            connector.plugIn(at(1));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Unavailable);
            connector.makeOperative(at(2));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Preparing);
        }
    }

    @Nested
    class Reservations {

        private final Reservation reservation = new Reservation(42, TAG, IdTag.of("fleet"), at(900));

        @Test
        void onlyTheReservedIdTagOrItsParentMayUseIt() {
            connector.reserve(reservation, at(0));
            assertThatThrownBy(() -> connector.authorize(IdTag.of("stranger"), null, at(1)))
                    .isInstanceOfSatisfying(ConnectorRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConnectorRejectedException.Reason.RESERVED));

            connector.authorize(IdTag.of("colleague"), IdTag.of("FLEET"), at(2));
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Preparing);
            assertThat(connector.reservation()).isEmpty();
            assertThat(connector.pullEvents()).contains(new ReservationEnded(ConnectorId.of(1), reservation, true,
                    at(2)));

            connector.plugIn(at(3));
            assertThat(connector.startTransaction(at(4)).reservationId()).contains(42);
        }

        @Test
        void endsWhenCancelled() {
            connector.reserve(reservation, at(0));
            assertThat(connector.endReservation(at(5))).isEqualTo(reservation);
            assertThat(connector.status()).isEqualTo(ConnectorStatus.Available);
        }
    }

    @Test
    void theRegisterNeverGoesBackwards() {
        charge();
        Energy later = connector.meterReading(at(600));
        assertThat(connector.meterReading(at(300))).isEqualTo(later);
    }

    private void charge() {
        connector.plugIn(at(0));
        connector.authorize(TAG, null, at(0));
        connector.startTransaction(at(0));
        connector.pullEvents();
    }

    @Test
    void powerOverTimeIsEnergy() {
        assertThat(Power.ofWatts(3600).over(Duration.ofSeconds(1)).wattHours()).isCloseTo(1, WH);
        assertThat(Power.ofWatts(3600).over(Duration.ofSeconds(-1))).isEqualTo(Energy.ZERO);
    }
}
