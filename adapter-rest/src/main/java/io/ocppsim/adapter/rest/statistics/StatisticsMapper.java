package io.ocppsim.adapter.rest.statistics;

import io.ocppsim.application.port.in.StatisticsView.ActiveTransaction;
import io.ocppsim.application.port.in.StatisticsView.ConnectorStatistics;
import io.ocppsim.application.port.in.StatisticsView;
import io.ocppsim.domain.connector.ConnectorStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps a charge point's statistics to its response: energies to whole watt-hours, powers to whole
 * watts and the state of charge to a tenth of a percent, each rounded half up; connector states
 * ordered by connector id.
 */
@Mapper
public interface StatisticsMapper {

    String WHOLE = "whole";
    String TENTH = "tenth";

    @Mapping(target = "totalEnergyWh", qualifiedByName = WHOLE)
    @Mapping(target = "totalPowerW", qualifiedByName = WHOLE)
    StatisticsResponse toResponse(StatisticsView view);

    @Mapping(target = "energyWh", qualifiedByName = WHOLE)
    @Mapping(target = "currentPowerW", qualifiedByName = WHOLE)
    @Mapping(target = "socPercent", qualifiedByName = TENTH)
    ActiveTransactionResponse toResponse(ActiveTransaction transaction);

    @Mapping(target = "energyRegisterWh", qualifiedByName = WHOLE)
    @Mapping(target = "energyDeliveredWh", qualifiedByName = WHOLE)
    @Mapping(target = "powerW", qualifiedByName = WHOLE)
    ConnectorStatisticsResponse toResponse(ConnectorStatistics connector);

    /** {@code {1: Charging}} as {@code {"1": "Charging"}}, by connector id. */
    default Map<String, String> toResponse(Map<Integer, ConnectorStatus> states) {
        Map<String, String> response = new LinkedHashMap<>();
        new TreeMap<>(states).forEach((connectorId, status) -> response.put(String.valueOf(connectorId),
                status.name()));
        return response;
    }

    @Named(WHOLE)
    default long whole(double value) {
        return Math.round(value);
    }

    @Named(TENTH)
    default Double tenth(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
