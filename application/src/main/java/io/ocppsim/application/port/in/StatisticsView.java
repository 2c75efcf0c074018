package io.ocppsim.application.port.in;

import io.ocppsim.domain.connector.ConnectorStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A charge point's statistics at one instant, in the shape of the seed README's {@code /stats}.
 *
 * @param uptimeSeconds how long the simulator has run
 * @param connectorStates each physical connector's status, by connector id
 * @param activeTransactions the transactions running now
 * @param totalEnergyWh the energy every connector delivered since the simulator started
 * @param totalPowerW the power flowing on all connectors now
 * @param connected whether the charge point is connected to its Central System
 * @param connectors per connector: energy and power
 * @param faultsInjected how many faults were injected, by hand or at random, since start
 * @param seed the seed of the charge point's random draws: the same seed gives the same run
 */
public record StatisticsView(String chargePointId, long uptimeSeconds, int connectorCount,
        Map<Integer, ConnectorStatus> connectorStates, List<ActiveTransaction> activeTransactions,
        double totalEnergyWh, double totalPowerW, boolean connected, List<ConnectorStatistics> connectors,
        long faultsInjected, long seed) {

    public StatisticsView {
        connectorStates = Map.copyOf(connectorStates);
        activeTransactions = List.copyOf(activeTransactions);
        connectors = List.copyOf(connectors);
    }

    /**
     * A running transaction.
     *
     * @param transactionId null until the Central System has answered StartTransaction
     * @param energyWh the energy delivered in it so far
     * @param currentPowerW the power flowing now
     * @param socPercent the EV's state of charge, or null without an EV
     */
    public record ActiveTransaction(Integer transactionId, int connectorId, String idTag, Instant startTime,
            double energyWh, double currentPowerW, Double socPercent) {
    }

    /**
     * One connector.
     *
     * @param energyRegisterWh the meter's register
     * @param energyDeliveredWh what the connector delivered since the simulator started
     * @param powerW the power flowing now
     * @param transactions how many transactions started on it since start
     */
    public record ConnectorStatistics(int connectorId, ConnectorStatus status, double energyRegisterWh,
            double energyDeliveredWh, double powerW, long transactions) {
    }
}
