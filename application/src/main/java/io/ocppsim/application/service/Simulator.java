package io.ocppsim.application.service;

import io.ocppsim.application.port.in.AddChargePointUseCase;
import io.ocppsim.application.port.in.ClearFaultUseCase;
import io.ocppsim.application.port.in.ConnectUseCase;
import io.ocppsim.application.port.in.DisconnectUseCase;
import io.ocppsim.application.port.in.EvControlUseCase;
import io.ocppsim.application.port.in.GetConfigurationUseCase;
import io.ocppsim.application.port.in.GetStatisticsUseCase;
import io.ocppsim.application.port.in.GetConnectionStatusUseCase;
import io.ocppsim.application.port.in.GetConnectorsUseCase;
import io.ocppsim.application.port.in.GetEventsUseCase;
import io.ocppsim.application.port.in.GetSimulatorStatusUseCase;
import io.ocppsim.application.port.in.InjectFaultUseCase;
import io.ocppsim.application.port.in.PlugInUseCase;
import io.ocppsim.application.port.in.PlugOutUseCase;
import io.ocppsim.application.port.in.SendDataTransferUseCase;
import io.ocppsim.application.port.in.StartTransactionUseCase;
import io.ocppsim.application.port.in.StopTransactionUseCase;
import io.ocppsim.application.port.in.ocpp.CentralSystemRequests;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.application.port.out.EventHistoryPort;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.application.port.out.FileTransferPort;
import io.ocppsim.application.port.out.SchedulerPort;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The application's services, built over the outgoing ports and handed out as use cases. One
 * instance serves every charge point of the process.
 */
public final class Simulator {

    private final ConnectionService connections;
    private final QueryService queries;
    private final AddChargePointService addChargePoint;
    private final PlugInService plugIn;
    private final PlugOutService plugOut;
    private final StartTransactionService startTransaction;
    private final StopTransactionService stopTransaction;
    private final InjectFaultService injectFault;
    private final ClearFaultService clearFault;
    private final EventQueryService eventQueries;
    private final CentralSystemRequests centralSystemRequests;
    private final DataTransferService dataTransfer;
    private final EvControlService evControl;
    private final StatisticsService statistics;

    /**
     * @param random the source of reconnect jitter
     * @param version the simulator's version, as the status shows it
     */
    public Simulator(CentralSystemPort centralSystem, FileTransferPort files, EventPublisherPort events,
            EventHistoryPort history, SchedulerPort scheduler, Clock clock, RandomGenerator random, String version) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(centralSystem, "centralSystem");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        EventFactory eventFactory = new EventFactory(events, clock);
        ChargingSimulation simulation = new ChargingSimulation(scheduler, clock);
        TransactionReporter transactions = new TransactionReporter(centralSystem, scheduler, clock, simulation);
        DomainEventHandler domainEvents = new DomainEventHandler(centralSystem, scheduler, clock, eventFactory,
                transactions, simulation);
        ChargePointRegistry registry = new ChargePointRegistry(clock, domainEvents,
                cp -> new OutboundQueue(cp, scheduler, eventFactory));
        ConnectorChanges changes = new ConnectorChanges(registry, clock);
        this.connections = new ConnectionService(registry, centralSystem, scheduler, clock, random, eventFactory,
                domainEvents);
        this.queries = new QueryService(registry, changes, connections, clock, version);
        this.addChargePoint = new AddChargePointService(registry, queries, cp -> {
            simulation.added(cp);
            cp.locked(() -> transactions.restartAligned(cp));
        });
        this.plugIn = new PlugInService(changes);
        this.plugOut = new PlugOutService(changes);
        this.dataTransfer = new DataTransferService(registry, centralSystem);
        Authorizer authorizer = new Authorizer(centralSystem, clock);
        StartTransactionService starts = new StartTransactionService(registry, authorizer, changes, eventFactory);
        this.startTransaction = starts;
        Reboots reboots = new Reboots(connections, scheduler, clock);
        FirmwareRequests firmware = new FirmwareRequests(registry, centralSystem, files, scheduler, clock,
                eventFactory, reboots);
        this.centralSystemRequests = new CentralSystemRequests(
                new CoreRequests(registry, centralSystem, clock, eventFactory, connections, transactions, starts,
                        reboots),
                firmware,
                new LocalAuthListRequests(registry, eventFactory),
                new Reservations(registry, scheduler, clock, eventFactory),
                new SmartChargingRequests(registry, clock, eventFactory, simulation),
                new RemoteTriggerRequests(registry, connections, domainEvents, transactions, firmware),
                id -> {
                    SimulatedChargePoint cp = registry.require(id);
                    return cp.locked(() -> cp.configuration().supportedProfiles());
                });
        this.stopTransaction = new StopTransactionService(changes);
        this.injectFault = new InjectFaultService(changes);
        this.clearFault = new ClearFaultService(changes);
        this.eventQueries = new EventQueryService(history);
        this.evControl = new EvControlService(changes);
        this.statistics = new StatisticsService(registry, queries, clock);
    }

    public EvControlUseCase evControl() {
        return evControl;
    }

    public GetStatisticsUseCase statistics() {
        return statistics;
    }

    public AddChargePointUseCase addChargePoint() {
        return addChargePoint;
    }

    public ConnectUseCase connect() {
        return connections;
    }

    public DisconnectUseCase disconnect() {
        return connections;
    }

    public GetConnectionStatusUseCase connectionStatus() {
        return connections;
    }

    public PlugInUseCase plugIn() {
        return plugIn;
    }

    public PlugOutUseCase plugOut() {
        return plugOut;
    }

    public StartTransactionUseCase startTransaction() {
        return startTransaction;
    }

    public StopTransactionUseCase stopTransaction() {
        return stopTransaction;
    }

    public InjectFaultUseCase injectFault() {
        return injectFault;
    }

    public ClearFaultUseCase clearFault() {
        return clearFault;
    }

    public GetConnectorsUseCase connectors() {
        return queries;
    }

    public GetConfigurationUseCase configuration() {
        return queries;
    }

    public GetSimulatorStatusUseCase simulatorStatus() {
        return queries;
    }

    public GetEventsUseCase events() {
        return eventQueries;
    }

    public SendDataTransferUseCase dataTransfer() {
        return dataTransfer;
    }

    /** What the Central System may ask of the charge points: for the OCPP adapter. */
    public CentralSystemRequests centralSystemRequests() {
        return centralSystemRequests;
    }
}
