package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ConnectUseCase;
import io.ocppsim.application.port.in.ConnectionState;
import io.ocppsim.application.port.in.ConnectionView;
import io.ocppsim.application.port.in.DisconnectUseCase;
import io.ocppsim.application.port.in.GetConnectionStatusUseCase;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.BootResult;
import io.ocppsim.application.port.out.CentralSystemPort.ConnectionListener;
import io.ocppsim.application.port.out.CentralSystemPort.RegistrationStatus;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Keeps charge points connected to their Central System, the way a real charge point does.
 *
 * <ul>
 *   <li>On every new connection it sends BootNotification. Accepted: the interval in the answer
 *       becomes the heartbeat interval, Heartbeat starts, every connector's status is reported
 *       and waiting transaction messages go out. Pending or Rejected: nothing else is sent, and
 *       BootNotification is sent again after the interval in the answer (or
 *       {@value #BOOT_RETRY_FALLBACK_SECONDS} s when it is 0).
 *   <li>A failed or lost connection is retried after an exponential backoff with jitter: the
 *       delay doubles with every failure in a row, from the initial delay up to the maximum, and
 *       is drawn between half of it and all of it. A connection accepted by the Central System
 *       resets the count.
 *   <li>A disconnect on request stops all of that until the next connect.
 * </ul>
 *
 * Every callback carries the generation of the connection attempt it belongs to, so callbacks of
 * an earlier connection change nothing.
 */
public final class ConnectionService implements ConnectUseCase, DisconnectUseCase, GetConnectionStatusUseCase {

    static final long BOOT_RETRY_FALLBACK_SECONDS = 30;

    private final ChargePointRegistry registry;
    private final CentralSystemPort centralSystem;
    private final SchedulerPort scheduler;
    private final Clock clock;
    private final RandomGenerator random;
    private final EventFactory events;
    private final DomainEventHandler domainEvents;

    ConnectionService(ChargePointRegistry registry, CentralSystemPort centralSystem, SchedulerPort scheduler,
            Clock clock, RandomGenerator random, EventFactory events, DomainEventHandler domainEvents) {
        this.registry = registry;
        this.centralSystem = centralSystem;
        this.scheduler = scheduler;
        this.clock = clock;
        this.random = random;
        this.events = events;
        this.domainEvents = domainEvents;
    }

    @Override
    public ConnectionView connect(ChargePointId id) {
        SimulatedChargePoint cp = registry.require(id);
        return cp.locked(() -> {
            cp.connectionWanted = true;
            if (cp.state == ConnectionState.DISCONNECTED || cp.state == ConnectionState.WAITING_TO_RECONNECT) {
                cp.reconnectTimer.cancel();
                attempt(cp);
            }
            return view(cp);
        });
    }

    @Override
    public ConnectionView disconnect(ChargePointId id) {
        SimulatedChargePoint cp = registry.require(id);
        return cp.locked(() -> {
            ConnectionState before = cp.state;
            cp.connectionWanted = false;
            cp.connectionGeneration++;
            cp.resetGrace.cancel();
            cp.outbound.cancelWhenIdle();
            cancelTimers(cp);
            cp.reconnectTimer.cancel();
            cp.state = ConnectionState.DISCONNECTED;
            cp.registration = null;
            cp.connectedSince = null;
            cp.nextAttemptAt = null;
            cp.failedAttempts = 0;
            centralSystem.disconnect(id);
            if (before != ConnectionState.DISCONNECTED) {
                events.publish(id, null, EventType.DISCONNECTED, Severity.INFO,
                        "disconnected from the Central System on request", Map.of("reason", "requested"));
            }
            return view(cp);
        });
    }

    @Override
    public ConnectionView connectionStatus(ChargePointId id) {
        SimulatedChargePoint cp = registry.require(id);
        return cp.locked(() -> view(cp));
    }

    ConnectionView view(SimulatedChargePoint cp) {
        return new ConnectionView(cp.id().value(), cp.state, cp.registration == null ? null : cp.registration.name(),
                cp.isOnline(), cp.settings().centralSystemUrl().toString(), cp.heartbeatInterval.toSeconds(),
                cp.connectedSince, cp.lastHeartbeatAt, cp.lastError, cp.failedAttempts, cp.nextAttemptAt);
    }

    // ------------------------------------------------------------------ connecting

    private void attempt(SimulatedChargePoint cp) {
        long generation = ++cp.connectionGeneration;
        cp.state = ConnectionState.CONNECTING;
        cp.nextAttemptAt = null;
        events.publish(cp.id(), null, EventType.CONNECTING, Severity.INFO,
                "connecting to " + cp.settings().centralSystemUrl(),
                Map.of("url", cp.settings().centralSystemUrl().toString(), "attempt", cp.failedAttempts + 1));
        ConnectionListener listener = new ConnectionListener() {
            @Override
            public void connected() {
                onConnected(cp, generation);
            }

            @Override
            public void connectFailed(String reason) {
                onConnectionLost(cp, generation, EventType.CONNECTION_FAILED, "connection failed: " + reason, reason);
            }

            @Override
            public void disconnected(String reason) {
                onConnectionLost(cp, generation, EventType.DISCONNECTED, "connection lost: " + reason, reason);
            }
        };
        try {
            centralSystem.connect(cp.id(), cp.endpoint(), listener);
        } catch (RuntimeException e) {
            listener.connectFailed(Failures.describe(e));
        }
    }

    private void onConnected(SimulatedChargePoint cp, long generation) {
        cp.locked(() -> {
            if (generation != cp.connectionGeneration) {
                return;
            }
            cp.state = ConnectionState.CONNECTED;
            cp.registration = null;
            cp.connectedSince = clock.instant();
            cp.lastError = null;
            events.publish(cp.id(), null, EventType.CONNECTED, Severity.INFO,
                    "connected to " + cp.settings().centralSystemUrl(),
                    Map.of("url", cp.settings().centralSystemUrl().toString()));
            sendBootNotification(cp, generation);
        });
    }

    private void onConnectionLost(SimulatedChargePoint cp, long generation, EventType type, String message,
            String reason) {
        cp.locked(() -> {
            if (generation != cp.connectionGeneration) {
                return;
            }
            cancelTimers(cp);
            cp.registration = null;
            cp.connectedSince = null;
            cp.lastError = reason;
            cp.failedAttempts++;
            cp.outbound.dropStatusNotifications();
            Duration delay = backoff(cp);
            cp.state = ConnectionState.WAITING_TO_RECONNECT;
            cp.nextAttemptAt = clock.instant().plus(delay);
            cp.reconnectTimer = scheduler.schedule(delay, () -> cp.locked(() -> {
                if (generation == cp.connectionGeneration && cp.state == ConnectionState.WAITING_TO_RECONNECT) {
                    attempt(cp);
                }
            }));
            events.publish(cp.id(), null, type, Severity.WARNING,
                    message + "; next attempt in " + delay.toMillis() + " ms",
                    Map.of("reason", reason, "retry_in_ms", delay.toMillis(), "failed_attempts", cp.failedAttempts));
        });
    }

    /** Between half and all of initial x 2^(failures - 1), at most the maximum delay. */
    private Duration backoff(SimulatedChargePoint cp) {
        long initial = cp.settings().reconnectInitialDelay().toMillis();
        long max = cp.settings().reconnectMaxDelay().toMillis();
        int doublings = Math.min(Math.max(cp.failedAttempts - 1, 0), 30);
        long ceiling = Math.min(max, initial << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }

    // ------------------------------------------------------------------ boot and heartbeat

    private void sendBootNotification(SimulatedChargePoint cp, long generation) {
        centralSystem.bootNotification(cp.id(), cp.chargePoint().vendorInfo()).whenComplete((result, error) ->
                cp.locked(() -> {
                    if (generation != cp.connectionGeneration || cp.state != ConnectionState.CONNECTED) {
                        return;
                    }
                    if (error != null) {
                        onBootFailed(cp, generation, Failures.unwrap(error));
                    } else {
                        onBootAnswered(cp, generation, result);
                    }
                }));
    }

    private void onBootAnswered(SimulatedChargePoint cp, long generation, BootResult result) {
        if (result.status() != RegistrationStatus.Accepted) {
            cp.registration = result.status();
        }
        Duration interval = result.interval();
        applyRegistration(cp, generation, result);
        // The event comes last, once everything it reports is in place.
        events.publish(cp.id(), null, EventType.REGISTRATION_CHANGED,
                result.status() == RegistrationStatus.Accepted ? Severity.INFO : Severity.WARNING,
                "BootNotification " + result.status() + " (interval " + interval.toSeconds() + " s)",
                Map.of("registration", result.status().name(), "interval_seconds", interval.toSeconds(),
                        "central_system_time", result.currentTime().toString()));
    }

    private void applyRegistration(SimulatedChargePoint cp, long generation, BootResult result) {
        Duration interval = result.interval();
        if (result.status() == RegistrationStatus.Accepted) {
            boolean wasAccepted = cp.registration == RegistrationStatus.Accepted && cp.acceptedGeneration == generation;
            cp.registration = RegistrationStatus.Accepted;
            cp.acceptedGeneration = generation;
            cp.failedAttempts = 0;
            if (interval.isPositive()) {
                // The Central System's interval is the HeartbeatInterval from now on, as GetConfiguration shows.
                cp.configuration().change(ConfigurationKey.HeartbeatInterval.keyName(),
                        Long.toString(interval.toSeconds()));
            }
            restartHeartbeat(cp);
            if (!wasAccepted) {
                domainEvents.reportAllStatuses(cp);
                cp.afterBoot.forEach(Runnable::run);
                cp.afterBoot.clear();
            }
            cp.outbound.drain();
        } else {
            Duration retry = interval.isZero() || interval.isNegative()
                    ? Duration.ofSeconds(BOOT_RETRY_FALLBACK_SECONDS) : interval;
            scheduleBootRetry(cp, generation, retry);
        }
    }

    /** (Re)starts Heartbeat at the HeartbeatInterval in force, if the charge point is online. Under the lock. */
    void restartHeartbeat(SimulatedChargePoint cp) {
        cp.heartbeatTimer.cancel();
        cp.heartbeatTimer = Scheduled.NONE;
        cp.heartbeatInterval = cp.configuration().seconds(ConfigurationKey.HeartbeatInterval);
        if (cp.isOnline()) {
            long generation = cp.connectionGeneration;
            cp.heartbeatTimer = scheduler.scheduleEvery(cp.heartbeatInterval, () -> sendHeartbeat(cp, generation));
        }
    }

    /** Sends BootNotification again on the open connection: TriggerMessage. Under the lock. */
    void bootAgain(SimulatedChargePoint cp) {
        if (cp.state == ConnectionState.CONNECTED) {
            sendBootNotification(cp, cp.connectionGeneration);
        }
    }

    /** Sends a Heartbeat now: TriggerMessage, so also while the boot is Pending. */
    void heartbeatNow(SimulatedChargePoint cp) {
        if (cp.locked(cp::isConnected)) {
            heartbeat(cp);
        }
    }

    /**
     * Reboots the charge point: the connection closes, and after {@code downtime} the charge point
     * connects and boots again. Under the lock.
     */
    void reboot(SimulatedChargePoint cp, String why, Duration downtime) {
        cp.connectionGeneration++;
        long generation = cp.connectionGeneration;
        cancelTimers(cp);
        cp.reconnectTimer.cancel();
        cp.registration = null;
        cp.connectedSince = null;
        cp.failedAttempts = 0;
        cp.outbound.dropStatusNotifications();
        centralSystem.disconnect(cp.id());
        if (!cp.connectionWanted) {
            cp.state = ConnectionState.DISCONNECTED; // disconnected on request: it stays so, rebooted or not
            cp.nextAttemptAt = null;
            events.publish(cp.id(), null, EventType.REBOOTING, Severity.WARNING, "rebooting: " + why,
                    Map.of("reason", why));
            return;
        }
        cp.state = ConnectionState.WAITING_TO_RECONNECT;
        cp.nextAttemptAt = clock.instant().plus(downtime);
        cp.reconnectTimer = scheduler.schedule(downtime, () -> cp.locked(() -> {
            if (generation == cp.connectionGeneration && cp.state == ConnectionState.WAITING_TO_RECONNECT) {
                attempt(cp);
            }
        }));
        events.publish(cp.id(), null, EventType.REBOOTING, Severity.WARNING, "rebooting: " + why,
                Map.of("reason", why, "downtime_ms", downtime.toMillis()));
    }

    private void onBootFailed(SimulatedChargePoint cp, long generation, Throwable error) {
        if (error instanceof CentralSystemException.NotConnected) {
            return; // the connection is going; its loss is handled there
        }
        scheduleBootRetry(cp, generation, Duration.ofSeconds(BOOT_RETRY_FALLBACK_SECONDS));
        events.publish(cp.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.WARNING,
                "BootNotification failed, retrying in " + BOOT_RETRY_FALLBACK_SECONDS + " s: "
                        + Failures.describe(error),
                Map.of("action", "BootNotification", "error", Failures.describe(error)));
    }

    private void scheduleBootRetry(SimulatedChargePoint cp, long generation, Duration delay) {
        cp.bootRetryTimer.cancel();
        cp.bootRetryTimer = scheduler.schedule(delay, () -> cp.locked(() -> {
            if (generation == cp.connectionGeneration && cp.state == ConnectionState.CONNECTED
                    && cp.registration != RegistrationStatus.Accepted) {
                sendBootNotification(cp, generation);
            }
        }));
    }

    private void sendHeartbeat(SimulatedChargePoint cp, long generation) {
        boolean send = cp.locked(() -> generation == cp.connectionGeneration && cp.isOnline());
        if (send) {
            heartbeat(cp);
        }
    }

    private void heartbeat(SimulatedChargePoint cp) {
        centralSystem.heartbeat(cp.id()).whenComplete((time, error) -> cp.locked(() -> {
            if (error == null) {
                cp.lastHeartbeatAt = clock.instant();
            } else {
                events.publish(cp.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.WARNING,
                        "Heartbeat failed: " + Failures.describe(error),
                        Map.of("action", "Heartbeat", "error", Failures.describe(error)));
            }
        }));
    }

    private static void cancelTimers(SimulatedChargePoint cp) {
        cp.heartbeatTimer.cancel();
        cp.heartbeatTimer = Scheduled.NONE;
        cp.bootRetryTimer.cancel();
        cp.bootRetryTimer = Scheduled.NONE;
    }
}
