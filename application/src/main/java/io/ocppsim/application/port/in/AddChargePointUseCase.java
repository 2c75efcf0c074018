package io.ocppsim.application.port.in;

/** Adds a simulated charge point; it starts disconnected (see {@link ConnectUseCase}). */
public interface AddChargePointUseCase {

    /** @throws io.ocppsim.domain.common.InvalidValueException when a charge point with that id exists */
    ChargePointView addChargePoint(ChargePointSettings settings);
}
