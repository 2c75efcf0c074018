package io.ocppsim.adapter.ocpp.message.reservation;

/** ReserveNow.conf: whether the reservation was made. */
public record ReserveNowConfirmation(ReservationStatus status) {
}
