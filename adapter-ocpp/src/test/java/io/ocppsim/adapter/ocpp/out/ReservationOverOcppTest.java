package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Reservation profile over a real loopback WebSocket: ReserveNow on a connector and on the
 * charge point as a whole, with every answer it can get, and what the reservation then does (the
 * connector Reserved, used by its idTag with the reservationId in StartTransaction, refused to
 * others, ended by expiry or CancelReservation).
 */
class ReservationOverOcppTest extends OverOcppTestBase {

    private Instant inMinutes(int minutes) {
        return time.now().plus(Duration.ofMinutes(minutes));
    }

    private String reserve(int connectorId, String idTag, int reservationId, Instant expiry) {
        return call("ReserveNow", payload("connectorId", connectorId, "expiryDate", expiry, "idTag", idTag,
                "reservationId", reservationId)).path("status").asText();
    }

    private String cancel(int reservationId) {
        return call("CancelReservation", payload("reservationId", reservationId)).path("status").asText();
    }

    private CompletableFuture<ConnectorView> present(int connectorId, String idTag) {
        return simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(connectorId),
                IdTag.of(idTag))).toCompletableFuture();
    }

    @Nested
    class OnAConnector {

        @Test
        void anAvailableConnectorIsReserved() {
            boot();
            Instant expiry = inMinutes(30);
            assertThat(reserve(1, "alice", 11, expiry)).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Available", "Reserved");
            ConnectorView.ReservationView reservation = view(1).reservation();
            assertThat(reservation.reservationId()).isEqualTo(11);
            assertThat(reservation.idTag()).isEqualTo("alice");
            assertThat(reservation.expiryDate()).isEqualTo(expiry);
            assertThat(statuses(2)).containsExactly("Available");
        }

        @Test
        void theReservedIdTagUsesItAndStartTransactionCarriesTheReservationId() {
            boot();
            reserve(1, "alice", 11, inMinutes(30));
            awaitStatusesEndWith(1, "Reserved");
            int tx = startCharging(1, "alice");
            Frame start = awaitCall("StartTransaction", p -> true);
            assertThat(start.payload().path("reservationId").asInt()).isEqualTo(11);
            assertThat(statuses(1)).containsSubsequence("Reserved", "Preparing", "Charging");
            assertThat(view(1).reservation()).isNull();
            assertThat(view(1).transaction().reservationId()).isEqualTo(11);
            assertThat(tx).isPositive();
            assertThat(cancel(11)).as("a used reservation is gone").isEqualTo("Rejected");
        }

        @Test
        void anotherIdTagIsRefused() {
            boot();
            reserve(1, "alice", 11, inMinutes(30));
            awaitStatusesEndWith(1, "Reserved");
            assertThatThrownBy(() -> present(1, "bob").get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasMessageContaining("reserved");
            assertThat(call("RemoteStartTransaction", payload("idTag", "bob", "connectorId", 1))
                    .path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StartTransaction")).isEmpty();
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Reserved);
            assertThat(statuses(1)).last().isEqualTo("Reserved");
        }

        @Test
        void aRemoteStartForTheReservedIdTagUsesIt() {
            boot();
            reserve(1, "alice", 11, inMinutes(30));
            awaitStatusesEndWith(1, "Reserved");
            simulator.plugIn().plugIn(connector(1));
            assertThat(call("RemoteStartTransaction", payload("idTag", "alice", "connectorId", 1))
                    .path("status").asText()).isEqualTo("Accepted");
            assertThat(awaitCall("StartTransaction", p -> true).payload().path("reservationId").asInt())
                    .isEqualTo(11);
            awaitStatusesEndWith(1, "Charging");
        }

        @Test
        void itExpiresAtItsExpiryDate() {
            boot();
            reserve(1, "alice", 11, inMinutes(10));
            awaitStatusesEndWith(1, "Available", "Reserved");
            advance(Duration.ofMinutes(9));
            awaitNoCallInFlight();
            assertThat(statuses(1)).last().isEqualTo("Reserved");
            advance(Duration.ofMinutes(1));
            awaitStatusesEndWith(1, "Available", "Reserved", "Available");
            events.await(EventType.RESERVATION_ENDED, "expired", WAIT);
            assertThat(view(1).reservation()).isNull();
            assertThat(cancel(11)).isEqualTo("Rejected");
        }

        @Test
        void cancelReservationEndsItAndIsRejectedForAnUnknownId() {
            boot();
            reserve(2, "alice", 12, inMinutes(30));
            awaitStatusesEndWith(2, "Reserved");
            assertThat(cancel(12)).isEqualTo("Accepted");
            awaitStatusesEndWith(2, "Available", "Reserved", "Available");
            assertThat(cancel(12)).isEqualTo("Rejected");
            assertThat(cancel(999)).isEqualTo("Rejected");
            advance(Duration.ofMinutes(31));
            awaitNoCallInFlight();
            assertThat(statuses(2)).containsExactly("Available", "Reserved", "Available");
        }

        @Test
        void theSameReservationIdReplacesTheReservation() {
            boot();
            reserve(1, "alice", 11, inMinutes(10));
            assertThat(reserve(1, "alice", 11, inMinutes(60))).isEqualTo("Accepted");
            advance(Duration.ofMinutes(30));
            awaitNoCallInFlight();
            assertThat(view(1).status()).as("the first expiry no longer applies").isEqualTo(ConnectorStatus.Reserved);
            assertThat(reserve(2, "alice", 11, inMinutes(60))).as("moved to another connector").isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Reserved", "Available");
            awaitStatusesEndWith(2, "Available", "Reserved");
        }

        @Test
        void aConnectorInUseIsOccupied() {
            boot();
            simulator.plugIn().plugIn(connector(1));
            awaitStatusesEndWith(1, "Preparing");
            assertThat(reserve(1, "alice", 11, inMinutes(30))).isEqualTo("Occupied");
            startCharging(2, "bob");
            assertThat(reserve(2, "alice", 12, inMinutes(30))).isEqualTo("Occupied");
        }

        @Test
        void aConnectorReservedForSomeoneElseIsOccupied() {
            boot();
            reserve(1, "alice", 11, inMinutes(30));
            assertThat(reserve(1, "bob", 12, inMinutes(30))).isEqualTo("Occupied");
            assertThat(view(1).reservation().idTag()).isEqualTo("alice");
        }

        @Test
        void aFaultedConnectorIsFaulted() {
            boot();
            simulator.injectFault().injectFault(new InjectFaultCommand(connector(1),
                    Fault.of(ChargePointErrorCode.GroundFailure)));
            awaitStatusesEndWith(1, "Faulted");
            assertThat(reserve(1, "alice", 11, inMinutes(30))).isEqualTo("Faulted");
        }

        @Test
        void anInoperativeConnectorIsUnavailable() {
            boot();
            call("ChangeAvailability", payload("connectorId", 2, "type", "Inoperative"));
            awaitStatusesEndWith(2, "Unavailable");
            assertThat(reserve(2, "alice", 11, inMinutes(30))).isEqualTo("Unavailable");
        }

        @Test
        void anUnknownConnectorOrAPastExpiryIsRejected() {
            boot();
            assertThat(reserve(3, "alice", 11, inMinutes(30))).isEqualTo("Rejected");
            assertThat(reserve(1, "alice", 12, time.now().minusSeconds(1))).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(3);
        }

        @Test
        void goingInoperativeEndsTheReservation() {
            boot();
            reserve(1, "alice", 11, inMinutes(30));
            awaitStatusesEndWith(1, "Reserved");
            assertThat(call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"))
                    .path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Reserved", "Unavailable");
            assertThat(cancel(11)).isEqualTo("Rejected");
        }
    }

    @Nested
    class OnTheChargePoint {

        @Test
        void connectorZeroHoldsTheLastFreeConnectorForTheReservedIdTag() {
            boot();
            assertThat(reserve(0, "alice", 20, inMinutes(30))).isEqualTo("Accepted");
            events.await(EventType.RESERVATION_MADE, "charge point reserved for alice", WAIT);
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).as("no connector is Reserved").hasSize(3);

            startCharging(1, "bob");
            simulator.plugIn().plugIn(connector(2));
            assertThatThrownBy(() -> present(2, "carol").get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasMessageContaining("reserved");
            assertThat(view(2).transaction()).isNull();

            ConnectorView alice = get(present(2, "alice"));
            assertThat(alice.transaction()).isNotNull();
            awaitStatusesEndWith(2, "Charging");
            assertThat(cancel(20)).as("used").isEqualTo("Rejected");
        }

        @Test
        void theReservedIdTagOfConnectorZeroNamesTheReservationInStartTransaction() {
            boot();
            reserve(0, "alice", 20, inMinutes(30));
            startCharging(1, "alice");
            assertThat(awaitCall("StartTransaction", p -> true).payload().path("reservationId").asInt())
                    .isEqualTo(20);
        }

        @Test
        void connectorZeroCanBeCancelledAndExpires() {
            boot();
            reserve(0, "alice", 20, inMinutes(30));
            assertThat(cancel(20)).isEqualTo("Accepted");
            assertThat(cancel(20)).isEqualTo("Rejected");
            reserve(0, "alice", 21, inMinutes(10));
            advance(Duration.ofMinutes(10));
            events.await(EventType.RESERVATION_ENDED, "reservation 21 expired", WAIT);
            assertThat(cancel(21)).isEqualTo("Rejected");
        }

        @Test
        void connectorZeroWhenEveryConnectorIsBusyIsOccupied() {
            boot();
            startCharging(1, "bob");
            startCharging(2, "carol");
            assertThat(reserve(0, "alice", 20, inMinutes(30))).isEqualTo("Occupied");
        }

        @Test
        void connectorZeroIsRejectedWhenTheChargePointDoesNotSupportIt() {
            boot(b -> b.ocppConfiguration(Map.of("ReserveConnectorZeroSupported", "false")));
            assertThat(reserve(0, "alice", 20, inMinutes(30))).isEqualTo("Rejected");
            assertThat(reserve(1, "alice", 21, inMinutes(30))).isEqualTo("Accepted");
        }

        @Test
        void anInoperativeChargePointIsUnavailable() {
            boot();
            call("ChangeAvailability", payload("connectorId", 0, "type", "Inoperative"));
            awaitStatusesEndWith(0, "Unavailable");
            assertThat(reserve(0, "alice", 20, inMinutes(30))).isEqualTo("Unavailable");
        }
    }

    @Test
    void aChargePointWithoutTheProfileAnswersNotSupported() {
        boot(b -> b.featureProfiles(EnumSet.of(FeatureProfile.Core)));
        assertThat(callError("CancelReservation", payload("reservationId", 1)).errorCode()).isEqualTo("NotSupported");
        assertThat(callError("ReserveNow", payload("connectorId", 1, "expiryDate", inMinutes(5), "idTag", "a",
                "reservationId", 1)).errorCode()).isEqualTo("NotSupported");
    }
}
