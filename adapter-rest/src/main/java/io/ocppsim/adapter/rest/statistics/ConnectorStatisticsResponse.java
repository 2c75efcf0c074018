package io.ocppsim.adapter.rest.statistics;

/**
 * One connector in the statistics; energies in whole watt-hours, power in whole watts.
 *
 * @param status its OCPP status
 * @param energyRegisterWh its meter's register
 * @param energyDeliveredWh what it delivered since the simulator started
 * @param powerW the power flowing now
 * @param transactions how many transactions started on it since the simulator started
 */
public record ConnectorStatisticsResponse(int connectorId, String status, long energyRegisterWh,
        long energyDeliveredWh, long powerW, long transactions) {
}
