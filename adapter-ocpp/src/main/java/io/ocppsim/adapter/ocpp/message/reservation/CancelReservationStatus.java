package io.ocppsim.adapter.ocpp.message.reservation;

/** The answer to CancelReservation: {@code Rejected} when no reservation has that id. */
public enum CancelReservationStatus {
    Accepted, Rejected
}
