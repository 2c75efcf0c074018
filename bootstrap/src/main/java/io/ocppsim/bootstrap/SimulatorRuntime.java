package io.ocppsim.bootstrap;

import io.ocppsim.adapter.config.SimulatorConfig;
import io.ocppsim.adapter.events.InMemoryEventHistory;
import io.ocppsim.adapter.ocpp.in.CentralSystemCallHandler;
import io.ocppsim.adapter.ocpp.out.OcppCentralSystem;
import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.adapter.ocpp.transfer.FileTransfer;
import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import io.ocppsim.adapter.rest.RestApi;
import io.ocppsim.adapter.rest.RestSettings;
import io.ocppsim.adapter.rest.RestUseCases;
import io.ocppsim.application.event.RecordedEvent;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.application.service.Simulator;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The whole simulator, wired by hand: the event history, the OCPP transport to the Central System
 * (or to the sandbox Central System it starts on loopback when the configuration names none), the
 * application, and the REST API. {@link #close()} stops everything in reverse order.
 */
public final class SimulatorRuntime implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SimulatorRuntime.class.getName());
    private static final Logger EVENTS = System.getLogger("io.ocppsim.events");

    /** Time, scheduling and randomness: the system's in production, virtual ones in tests. */
    public record Environment(SchedulerPort scheduler, Clock clock, RandomGenerator random,
            AutoCloseable onClose) {

        /** The system clock and a shared scheduler of two daemon threads. */
        public static Environment system() {
            SystemScheduler scheduler = new SystemScheduler(2);
            return new Environment(scheduler, Clock.systemUTC(), RandomGenerator.getDefault(), scheduler);
        }
    }

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final SimulatorConfig config;
    private final InMemoryEventHistory events;
    private final Simulator simulator;
    private final SandboxCentralSystem sandbox;
    private final URI centralSystemUrl;
    private final RestApi rest;
    private int restPort;

    /** How long a diagnostics upload or a firmware download may take. */
    private static final java.time.Duration FILE_TRANSFER_TIMEOUT = java.time.Duration.ofMinutes(2);

    private SimulatorRuntime(SimulatorConfig config, Environment environment) {
        this.config = config;
        toClose.push(environment.onClose());
        events = new InMemoryEventHistory();
        toClose.push(events.subscribe(SimulatorRuntime::log));

        if (config.centralSystemUrl().isEmpty()) {
            sandbox = new SandboxCentralSystem(environment.clock()).start();
            toClose.push(sandbox);
            centralSystemUrl = URI.create(sandbox.url());
        } else {
            sandbox = null;
            centralSystemUrl = config.centralSystemUrl().get();
        }

        OcppTransport transport = new OcppTransport(environment.scheduler(), OcppTransport.Timeouts.DEFAULT, events,
                environment.clock());
        toClose.push(transport);
        FileTransfer files = new FileTransfer(FILE_TRANSFER_TIMEOUT);
        toClose.push(files);
        CentralSystemCallHandler callHandler = new CentralSystemCallHandler();
        simulator = new Simulator(new OcppCentralSystem(transport, callHandler), files, events, events,
                environment.scheduler(), environment.clock(), environment.random(), Version.current());
        callHandler.bind(simulator.centralSystemRequests());
        simulator.addChargePoint().addChargePoint(config.toChargePointSettings(centralSystemUrl));
        toClose.push(() -> simulator.disconnect().disconnect(config.chargePointId()));

        rest = new RestApi(new RestSettings(config.apiConfig().bindAddress(), config.apiConfig().port(),
                config.apiConfig().enableCors()),
                new RestUseCases(simulator.simulatorStatus(), simulator.connectors(), simulator.plugIn(),
                        simulator.plugOut(), simulator.startTransaction(), simulator.stopTransaction(),
                        simulator.injectFault(), simulator.clearFault(), simulator.connect(), simulator.disconnect(),
                        simulator.connectionStatus(), simulator.events(), simulator.configuration(),
                        simulator.centralSystemRequests().core(), simulator.dataTransfer(), simulator.evControl(),
                        simulator.statistics()));
    }

    /** Builds and starts everything; the charge point starts connecting at once. */
    public static SimulatorRuntime start(SimulatorConfig config, Environment environment) {
        SimulatorRuntime runtime = new SimulatorRuntime(config, environment);
        try {
            runtime.restPort = runtime.rest.start();
            runtime.toClose.push(runtime.rest);
            LOG.log(Level.INFO, () -> "REST API listening on " + runtime.restUrl());
            runtime.simulator.connect().connect(config.chargePointId());
            return runtime;
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    public Simulator simulator() {
        return simulator;
    }

    public InMemoryEventHistory events() {
        return events;
    }

    public ChargePointId chargePointId() {
        return config.chargePointId();
    }

    /** The Central System the charge point connects to. */
    public URI centralSystemUrl() {
        return centralSystemUrl;
    }

    /** Where the REST API answers. */
    public URI restUrl() {
        String host = config.apiConfig().bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + restPort);
    }

    /** The sandbox Central System, when the simulator runs its own. */
    public Optional<SandboxCentralSystem> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "while stopping: " + e.getMessage(), e);
            }
        }
    }

    /** Simulator events of INFO and above go to the log; OCPP frames are logged by the transport. */
    private static void log(RecordedEvent recorded) {
        var event = recorded.event();
        if (!event.severity().isAtLeast(Severity.INFO)) {
            return;
        }
        Level level = switch (event.severity()) {
            case CRITICAL, ERROR -> Level.ERROR;
            case WARNING -> Level.WARNING;
            default -> Level.INFO;
        };
        EVENTS.log(level, () -> event.chargePointId() + " " + event.type().label() + ": " + event.message());
    }
}
