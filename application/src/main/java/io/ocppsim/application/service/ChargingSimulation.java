package io.ocppsim.application.service;

import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.fault.RandomFaultPolicy;
import io.ocppsim.domain.meter.Power;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Runs the physics of a charge point's connectors on the shared scheduler: while any transaction
 * runs, every update interval each connector takes the smart-charging limit in force (a
 * ChargePointMaxProfile shared equally among the connectors in a transaction) and those charging let
 * their simulation advance (energy, state of charge, temperature, drift, the EV's demand). Also
 * runs the random faults of {@link RandomFaultPolicy}: every check interval each connector without
 * a fault may get one, which clears by itself after its drawn recovery time.
 *
 * <p>Everything here runs under the charge point's lock, in virtual time in tests, so an hour of
 * charging takes milliseconds and the same seed gives the same numbers.
 */
final class ChargingSimulation {

    /** The info text of a random fault, as StatusNotification carries it. */
    static final String RANDOM_FAULT_INFO = "Random fault";

    private final SchedulerPort scheduler;
    private final Clock clock;

    ChargingSimulation(SchedulerPort scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** A charge point was added: random faults start, if its settings enable them. */
    void added(SimulatedChargePoint cp) {
        RandomFaultPolicy policy = cp.settings().randomFaults();
        if (policy.enabled()) {
            cp.locked(() -> {
                cp.randomFaultTimer = scheduler.scheduleEvery(policy.checkInterval(), () -> checkForFaults(cp));
            });
        }
    }

    /**
     * A transaction started: its connector obeys the limit in force (and the others their new share
     * of the charge point's maximum), and the physics runs. Under the lock.
     */
    void transactionStarted(SimulatedChargePoint cp) {
        limitsChanged(cp);
        if (cp.physicsTimer == Scheduled.NONE) {
            cp.physicsTimer = scheduler.scheduleEvery(cp.settings().charging().meter().updateInterval(),
                    () -> cp.change(chargePoint -> {
                        step(cp);
                        return null;
                    }));
        }
    }

    /** A transaction stopped: the physics stops with the last one. Under the lock. */
    void transactionStopped(SimulatedChargePoint cp) {
        if (cp.chargePoint().connectors().stream().noneMatch(c -> c.transaction().isPresent())) {
            cp.physicsTimer.cancel();
            cp.physicsTimer = Scheduled.NONE;
        }
    }

    /** The charging profiles changed: every connector obeys its new limit now. Under the lock. */
    void limitsChanged(SimulatedChargePoint cp) {
        cp.change(chargePoint -> { // nested: the statuses this may change are reported in turn
            Instant now = clock.instant();
            OptionalDouble share = chargePointShare(cp, now);
            for (Connector connector : chargePoint.connectors()) {
                applyLimit(cp, connector, share, now);
            }
            return null;
        });
    }

    /** One physics step: every connector takes its limit, those in a transaction advance. Under the lock. */
    private void step(SimulatedChargePoint cp) {
        Instant now = clock.instant();
        OptionalDouble share = chargePointShare(cp, now);
        for (Connector connector : cp.chargePoint().connectors()) {
            applyLimit(cp, connector, share, now);
            if (connector.transaction().isPresent()) {
                connector.advance(now);
            }
        }
    }

    private static void applyLimit(SimulatedChargePoint cp, Connector connector, OptionalDouble share,
            Instant now) {
        OptionalDouble watts = limit(cp, connector, share, now);
        connector.limitTo(watts.isPresent() ? Power.ofWatts(watts.getAsDouble()) : null, now);
    }

    /**
     * The limit a connector obeys now, in watts; empty when no profile limits it: its own profiles'
     * limit, and an equal share of the ChargePointMaxProfile among the connectors in a transaction,
     * so that together they stay within the charge point's maximum. Under the lock.
     */
    static OptionalDouble limit(SimulatedChargePoint cp, Connector connector, Instant now) {
        return limit(cp, connector, chargePointShare(cp, now), now);
    }

    private static OptionalDouble limit(SimulatedChargePoint cp, Connector connector, OptionalDouble share,
            Instant now) {
        OptionalDouble own = SmartChargingRequests.limitNow(cp, connector, now);
        if (share.isPresent() && (own.isEmpty() || share.getAsDouble() < own.getAsDouble())) {
            own = share;
        }
        return own.isPresent() ? OptionalDouble.of(Math.max(0, own.getAsDouble())) : own;
    }

    /** Each transaction's equal share of the ChargePointMaxProfile's limit; empty when none is in force. */
    private static OptionalDouble chargePointShare(SimulatedChargePoint cp, Instant now) {
        OptionalDouble chargePoint = SmartChargingRequests.limitNow(cp, cp.chargePoint().chargePointConnector(), now);
        if (chargePoint.isEmpty()) {
            return chargePoint;
        }
        long sharing = cp.chargePoint().connectors().stream().filter(c -> c.transaction().isPresent()).count();
        return OptionalDouble.of(chargePoint.getAsDouble() / Math.max(1, sharing));
    }

    private void checkForFaults(SimulatedChargePoint cp) {
        RandomFaultPolicy policy = cp.settings().randomFaults();
        cp.change(chargePoint -> {
            Instant now = clock.instant();
            for (Connector connector : chargePoint.connectors()) {
                if (!connector.activeFaults().isEmpty()) {
                    continue;
                }
                policy.check(cp.faultRandom).ifPresent(draw -> {
                    Fault fault = new Fault(draw.errorCode(), RANDOM_FAULT_INFO, null);
                    connector.injectFault(fault, now);
                    cp.faultsInjected++;
                    scheduleRecovery(cp, connector, fault, draw);
                });
            }
            return null;
        });
    }

    private void scheduleRecovery(SimulatedChargePoint cp, Connector connector, Fault fault,
            RandomFaultPolicy.Draw draw) {
        String key = connector.id().value() + "/" + fault.errorCode();
        Scheduled previous = cp.recoveryTimers.remove(key);
        if (previous != null) {
            previous.cancel();
        }
        cp.recoveryTimers.put(key, scheduler.schedule(draw.recoveryAfter(), () -> cp.change(chargePoint -> {
            cp.recoveryTimers.remove(key);
            ChargePointErrorCode code = fault.errorCode();
            boolean stillThere = connector.activeFaults().stream().anyMatch(active -> active == fault);
            if (stillThere) {
                connector.clearFault(code, clock.instant());
            }
            return null;
        })));
    }
}
