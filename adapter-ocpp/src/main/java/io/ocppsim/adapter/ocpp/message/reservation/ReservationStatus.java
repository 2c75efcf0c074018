package io.ocppsim.adapter.ocpp.message.reservation;

/** The answer to ReserveNow: accepted, or why the connector cannot be reserved. */
public enum ReservationStatus {
    Accepted, Faulted, Occupied, Rejected, Unavailable
}
