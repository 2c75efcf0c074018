package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;

/** Statistics of one charge point: energy, power, states and running transactions. */
public interface GetStatisticsUseCase {

    StatisticsView statistics(ChargePointId chargePoint);
}
