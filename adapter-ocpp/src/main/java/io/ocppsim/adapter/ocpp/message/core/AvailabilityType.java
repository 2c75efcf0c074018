package io.ocppsim.adapter.ocpp.message.core;

/** What ChangeAvailability asks a connector (or, for connector 0, the whole charge point) to become. */
public enum AvailabilityType {
    Inoperative, Operative
}
