package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Instant;
import java.util.Objects;

/** The Reservation profile's requests of a Central System. */
public interface ReservationUseCase {

    enum ReservationStatus { Accepted, Faulted, Occupied, Rejected, Unavailable }

    enum CancelReservationStatus { Accepted, Rejected }

    /** ReserveNow: {@code connectorId} 0 reserves the charge point as a whole; {@code parentIdTag} may be null. */
    record ReserveNow(int connectorId, Instant expiryDate, IdTag idTag, IdTag parentIdTag, int reservationId) {
        public ReserveNow {
            Objects.requireNonNull(expiryDate, "expiryDate");
            Objects.requireNonNull(idTag, "idTag");
        }
    }

    Reply<ReservationStatus> reserveNow(ChargePointId chargePoint, ReserveNow request);

    Reply<CancelReservationStatus> cancelReservation(ChargePointId chargePoint, int reservationId);
}
