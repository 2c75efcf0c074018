package io.ocppsim.adapter.ocpp.message.reservation;

/** CancelReservation.conf: whether the reservation was cancelled. */
public record CancelReservationConfirmation(CancelReservationStatus status) {
}
