package io.ocppsim.application.service;

import io.ocppsim.application.port.in.GetStatisticsUseCase;
import io.ocppsim.application.port.in.StatisticsView;
import io.ocppsim.application.port.in.StatisticsView.ActiveTransaction;
import io.ocppsim.application.port.in.StatisticsView.ConnectorStatistics;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.ev.EvBattery;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Works out a charge point's statistics (GET /stats). */
final class StatisticsService implements GetStatisticsUseCase {

    private final ChargePointRegistry registry;
    private final QueryService queries;
    private final Clock clock;

    StatisticsService(ChargePointRegistry registry, QueryService queries, Clock clock) {
        this.registry = registry;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public StatisticsView statistics(ChargePointId chargePoint) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        long uptime = queries.uptime().toSeconds();
        return cp.read(domain -> {
            Instant now = clock.instant();
            Map<Integer, ConnectorStatus> states = new LinkedHashMap<>();
            List<ActiveTransaction> active = new ArrayList<>();
            List<ConnectorStatistics> connectors = new ArrayList<>();
            double totalEnergy = 0;
            double totalPower = 0;
            for (Connector connector : domain.connectors()) {
                int id = connector.id().value();
                Energy register = connector.meterReading(now);
                double power = connector.power().watts();
                double delivered = register.wattHours(); // every register starts at zero with the simulator
                states.put(id, connector.status());
                totalEnergy += delivered;
                totalPower += power;
                connectors.add(new ConnectorStatistics(id, connector.status(), register.wattHours(), delivered, power,
                        cp.transactionsStarted.getOrDefault(id, 0L)));
                connector.transaction().ifPresent(tx -> active.add(new ActiveTransaction(
                        tx.id().map(TransactionId::value).orElse(null), id, tx.idTag().value(), tx.startedAt(),
                        tx.energyDelivered(register).wattHours(), power,
                        connector.ev().map(EvBattery::soc).orElse(null))));
            }
            return new StatisticsView(cp.id().value(), uptime, domain.connectorCount(), states, active, totalEnergy,
                    totalPower, cp.isConnected(), connectors, cp.faultsInjected, cp.seed);
        });
    }
}
