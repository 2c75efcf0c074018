package io.ocppsim.adapter.rest.statistics;

import java.util.List;
import java.util.Map;

/**
 * A charge point's statistics, in the shape of the original simulator's {@code /stats} and with
 * more beside it. Energies are in whole watt-hours and powers in whole watts.
 *
 * @param uptimeSeconds how long the simulator has run
 * @param connectorCount how many physical connectors the charge point has
 * @param connectorStates each physical connector's OCPP status by connector id: {@code {"1": "Charging"}}
 * @param activeTransactions the transactions running now
 * @param totalEnergyWh the energy every connector delivered since the simulator started
 * @param totalPowerW the power flowing on all connectors now
 * @param connected whether the charge point is connected to its Central System
 * @param connectors each physical connector's energy and power
 * @param faultsInjected how many faults were injected, by hand or at random, since start
 * @param seed the seed of the charge point's random draws: configuring it again repeats the run
 */
public record StatisticsResponse(String chargePointId, long uptimeSeconds, int connectorCount,
        Map<String, String> connectorStates, List<ActiveTransactionResponse> activeTransactions, long totalEnergyWh,
        long totalPowerW, boolean connected, List<ConnectorStatisticsResponse> connectors, long faultsInjected,
        long seed) {
}
