package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.out.CentralSystemEndpoint;
import io.ocppsim.application.port.out.CentralSystemPort.DiagnosticsStatus;
import io.ocppsim.application.port.out.CentralSystemPort.FirmwareStatus;
import io.ocppsim.application.port.out.CentralSystemPort.RegistrationStatus;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStarted;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.domain.authorization.AuthorizationCache;
import io.ocppsim.domain.authorization.LocalAuthorizationList;
import io.ocppsim.domain.authorization.LocalAuthorizer;
import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.OcppConfiguration;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.Reservation;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.smartcharging.ChargingProfile;
import io.ocppsim.domain.smartcharging.ChargingProfiles;
import io.ocppsim.domain.smartcharging.ChargingRateUnit;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One simulated charge point at run time: the domain's {@link ChargePoint}, its settings, the
 * state of its connection, its timers and its queue of what it reports to the Central System.
 *
 * <p>Everything here is guarded by one lock per charge point. Every change to the domain goes
 * through {@link #change}, which takes the lock, applies the change and hands the domain events it
 * produced to the {@link DomainEventHandler} before releasing it, so the Central System and the
 * event stream see the changes of one charge point in the order they happened. Handling an event
 * may cause a further change (an answer that arrives at once, say); its events are then handled
 * after the ones already waiting, never in between. Nothing waits for the network while holding
 * the lock.
 */
final class SimulatedChargePoint {

    static final int AUTHORIZATION_CACHE_CAPACITY = 1000;

    private final ChargePoint chargePoint;
    private final ChargePointSettings settings;
    private final OcppConfiguration configuration;
    private final DomainEventHandler eventHandler;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<DomainEvent> pendingEvents = new ArrayDeque<>();
    private boolean handlingEvents;
    final OutboundQueue outbound;

    // The connection, see ConnectionService.
    ConnectionState state = ConnectionState.DISCONNECTED;
    RegistrationStatus registration;
    boolean connectionWanted;
    long connectionGeneration;
    String lastError;
    int failedAttempts;
    Instant nextAttemptAt;
    Instant connectedSince;
    Instant lastHeartbeatAt;
    Duration heartbeatInterval;
    Scheduled heartbeatTimer = Scheduled.NONE;
    Scheduled bootRetryTimer = Scheduled.NONE;
    Scheduled reconnectTimer = Scheduled.NONE;
    /** The connection generation the Central System accepted last. */
    long acceptedGeneration = -1;
    /** What waits for the next accepted boot (FirmwareStatusNotification Installed after a reboot, say). */
    final List<Runnable> afterBoot = new ArrayList<>();

    // Per connector: MeterValues during a transaction, and ConnectionTimeOut for an idTag waiting for a cable.
    final Map<ConnectorId, Scheduled> meterValueTimers = new HashMap<>();
    final Map<ConnectorId, Scheduled> cableTimers = new HashMap<>();
    // Local authorization (the Central System's list and the cache of its answers), charging profiles,
    // reservations of the charge point as a whole (connector 0) and the timers that end reservations.
    final LocalAuthorizationList localList = new LocalAuthorizationList();
    final AuthorizationCache authorizationCache = new AuthorizationCache(AUTHORIZATION_CACHE_CAPACITY);
    final LocalAuthorizer localAuthorizer = new LocalAuthorizer(localList, authorizationCache);
    final ChargingProfiles chargingProfiles;
    Reservation chargePointReservation;
    /** The TxProfile a RemoteStartTransaction brought, installed once its transaction has an id. */
    final Map<Transaction, ChargingProfile> remoteStartProfiles = new IdentityHashMap<>();
    /**
     * The TxProfile of a RemoteStartTransaction whose transaction has not started yet, by connector,
     * with the idTag it is for: it governs only that idTag's transaction, and goes when the idTag's
     * authorization does.
     */
    final Map<ConnectorId, RemoteStartProfile> pendingRemoteStartProfiles = new HashMap<>();

    record RemoteStartProfile(io.ocppsim.domain.transaction.IdTag idTag, ChargingProfile profile) {
    }
    final Map<Integer, Scheduled> reservationTimers = new HashMap<>();

    // Firmware and diagnostics, as FirmwareStatusNotification and DiagnosticsStatusNotification last reported them.
    FirmwareStatus firmwareStatus = FirmwareStatus.Idle;
    DiagnosticsStatus diagnosticsStatus = DiagnosticsStatus.Idle;
    Scheduled firmwareTimer = Scheduled.NONE;
    Scheduled diagnosticsTimer = Scheduled.NONE;
    /** A firmware installation waits for the transactions to end. */
    Runnable pendingReboot;
    /** The latest soft reset gives its StopTransactions this long before it reboots anyway. */
    Scheduled resetGrace = Scheduled.NONE;
    /** Which UpdateFirmware is in progress: the steps of an earlier one stop. */
    long firmwareGeneration;

    // Statistics and the simulation's random draws.
    /** How many transactions started, by connector id. */
    final Map<Integer, Long> transactionsStarted = new HashMap<>();
    long faultsInjected;
    /** The seed of the settings, as the statistics show it. */
    final long seed;
    /** Draws random faults (a stream of its own, apart from the connectors'). */
    final RandomGenerator faultRandom;
    /** The physics step while transactions run; the random fault checks; the clock-aligned meter values. */
    Scheduled physicsTimer = Scheduled.NONE;
    Scheduled randomFaultTimer = Scheduled.NONE;
    Scheduled alignedTimer = Scheduled.NONE;
    /** The samples StopTransaction's transactionData will carry, per running transaction. */
    final Map<Transaction, List<MeterSample>> transactionData = new IdentityHashMap<>();
    /** The random faults that clear by themselves, by connector and code. */
    final Map<String, Scheduled> recoveryTimers = new HashMap<>();

    // The Central System's answers to StartTransaction, for whoever waits on them.
    private final Map<Transaction, CompletableFuture<TransactionStarted>> startAnswers = new IdentityHashMap<>();

    SimulatedChargePoint(ChargePoint chargePoint, ChargePointSettings settings, DomainEventHandler eventHandler,
            Function<SimulatedChargePoint, OutboundQueue> queueFactory) {
        this.chargePoint = chargePoint;
        this.settings = settings;
        this.configuration = settings.initialConfiguration();
        this.eventHandler = eventHandler;
        this.heartbeatInterval = configuration.seconds(ConfigurationKey.HeartbeatInterval);
        this.chargingProfiles = new ChargingProfiles(settings.connectorCount(),
                configuration.integer(ConfigurationKey.ChargeProfileMaxStackLevel),
                configuration.integer(ConfigurationKey.MaxChargingProfilesInstalled),
                configuration.integer(ConfigurationKey.ChargingScheduleMaxPeriods),
                allowedUnits(configuration.value(ConfigurationKey.ChargingScheduleAllowedChargingRateUnit)));
        this.outbound = queueFactory.apply(this);
        this.seed = settings.seed();
        this.faultRandom = new SplittableRandom(ChargePointRegistry.seedOf(settings) ^ 0x5DEECE66DL);
    }

    ChargePointId id() {
        return chargePoint.id();
    }

    ChargePointSettings settings() {
        return settings;
    }

    /** Where the next connection goes, with the AuthorizationKey and WebSocketPingInterval in force now. */
    CentralSystemEndpoint endpoint() {
        ChargePointSettings.Tls tls = settings.tls();
        return new CentralSystemEndpoint(settings.centralSystemUrl(), configuration.authorizationKey().orElse(null),
                new CentralSystemEndpoint.Tls(tls.trustStore(), tls.trustStorePassword(), tls.insecureSkipVerify()),
                configuration.seconds(ConfigurationKey.WebSocketPingInterval));
    }

    /** The OCPP configuration keys as they are now. Use under the lock. */
    OcppConfiguration configuration() {
        return configuration;
    }

    private static Set<ChargingRateUnit> allowedUnits(String csl) {
        Set<ChargingRateUnit> units = EnumSet.noneOf(ChargingRateUnit.class);
        for (String item : csl.split(",")) {
            switch (item.trim()) {
                case "Current" -> units.add(ChargingRateUnit.A);
                case "Power" -> units.add(ChargingRateUnit.W);
                default -> {
                }
            }
        }
        return units;
    }

    /** Connected, accepted or not. */
    boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }

    /** Connected and accepted by the Central System: every message may be sent. */
    boolean isOnline() {
        return state == ConnectionState.CONNECTED && registration == RegistrationStatus.Accepted;
    }

    /**
     * Applies a change to the charge point under its lock, then handles the domain events the
     * change produced, in order, still under the lock.
     */
    <T> T change(Function<ChargePoint, T> work) {
        lock.lock();
        try {
            try {
                return work.apply(chargePoint);
            } finally {
                pendingEvents.addAll(chargePoint.pullEvents());
                handlePendingEvents();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads the charge point under its lock; a read changes nothing the Central System sees. */
    <T> T read(Function<ChargePoint, T> work) {
        lock.lock();
        try {
            return work.apply(chargePoint);
        } finally {
            lock.unlock();
        }
    }

    private void handlePendingEvents() {
        if (handlingEvents) {
            return; // a change made while handling events: the loop below takes its events in turn
        }
        handlingEvents = true;
        try {
            DomainEvent event;
            while ((event = pendingEvents.poll()) != null) {
                eventHandler.handle(this, event);
            }
        } finally {
            handlingEvents = false;
        }
    }

    /** Runs {@code work} under the lock, for state outside the domain. */
    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    /** The connector named, or a refusal naming it. Call under the lock. */
    Connector connector(ConnectorId connectorId) {
        return chargePoint.connector(connectorId).orElseThrow(() -> new RefusedException(
                RefusedException.Reason.CONNECTOR_NOT_FOUND,
                "charge point " + id() + " has no connector " + connectorId + " (it has 0 to "
                        + chargePoint.connectorCount() + ")",
                Map.of("connector_id", connectorId.value(), "connector_count", chargePoint.connectorCount())));
    }

    Connector connector(ConnectorRef ref) {
        return connector(ref.connectorId());
    }

    /** Refuses unless the charge point may talk to its Central System now. */
    void requireOnline() {
        if (state != ConnectionState.CONNECTED) {
            throw new RefusedException(RefusedException.Reason.NOT_CONNECTED,
                    "charge point " + id() + " is not connected to its Central System (" + state + ")",
                    Map.of("connection_state", state.name()));
        }
        if (registration != RegistrationStatus.Accepted) {
            throw new RefusedException(RefusedException.Reason.NOT_ACCEPTED,
                    "the Central System has not accepted charge point " + id() + " (registration "
                            + (registration == null ? "not yet answered" : registration) + ")",
                    Map.of("registration", registration == null ? "none" : registration.name()));
        }
    }

    /** The future the Central System's answer to this transaction's StartTransaction completes. */
    CompletableFuture<TransactionStarted> startAnswer(Transaction transaction) {
        return startAnswers.computeIfAbsent(transaction, tx -> new CompletableFuture<>());
    }

    /** Forgets the answers of transactions that have ended and been answered. */
    void forgetSettledStartAnswers() {
        startAnswers.entrySet().removeIf(e -> !e.getKey().isRunning() && e.getValue().isDone());
    }

    ChargePoint chargePoint() {
        return chargePoint;
    }
}
