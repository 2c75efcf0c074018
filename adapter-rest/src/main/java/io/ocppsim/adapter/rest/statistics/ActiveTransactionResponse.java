package io.ocppsim.adapter.rest.statistics;

import java.time.Instant;

/**
 * A running transaction in the statistics.
 *
 * @param transactionId null until the Central System has answered StartTransaction
 * @param energyWh the energy delivered in it so far, in whole watt-hours
 * @param currentPowerW the power flowing now, in whole watts
 * @param socPercent the EV's state of charge, to a tenth of a percent, or null without an EV
 */
public record ActiveTransactionResponse(Integer transactionId, int connectorId, String idTag, Instant startTime,
        long energyWh, long currentPowerW, Double socPercent) {
}
