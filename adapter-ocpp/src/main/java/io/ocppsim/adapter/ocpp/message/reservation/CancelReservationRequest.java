package io.ocppsim.adapter.ocpp.message.reservation;

/** CancelReservation.req: cancel the reservation with that id (required). */
public record CancelReservationRequest(int reservationId) {
}
