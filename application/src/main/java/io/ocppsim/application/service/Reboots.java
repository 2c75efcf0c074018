package io.ocppsim.application.service;

import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Clock;
import java.time.Duration;

/**
 * Reset and the reboot after a firmware installation. A Hard reset stops every transaction
 * (HardReset) and reboots at once; a Soft reset stops them (SoftReset) and reboots once their
 * StopTransaction has been answered, or after {@link #SOFT_RESET_GRACE} at the latest. Messages
 * still waiting survive the reboot and go out after the next accepted boot.
 */
final class Reboots {

    /** How long a soft reset waits for what is waiting to be sent. */
    static final Duration SOFT_RESET_GRACE = Duration.ofSeconds(30);
    /** How long the charge point is away while it reboots. */
    static final Duration DOWNTIME = Duration.ofSeconds(2);

    private final ConnectionService connections;
    private final SchedulerPort scheduler;
    private final Clock clock;

    Reboots(ConnectionService connections, SchedulerPort scheduler, Clock clock) {
        this.connections = connections;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Reset: stops the transactions, then reboots. */
    void reset(SimulatedChargePoint cp, boolean hard) {
        StopReason reason = hard ? StopReason.HardReset : StopReason.SoftReset;
        String why = (hard ? "Hard" : "Soft") + " reset requested by the Central System";
        cp.change(domain -> {
            for (Connector connector : domain.connectors()) {
                if (connector.transaction().isPresent()) {
                    connector.stopTransaction(reason, clock.instant());
                }
            }
            if (hard) {
                reboot(cp, why); // before the StopTransactions are queued: they go out after the next boot
            }
            return null;
        });
        if (hard) {
            return;
        }
        // The StopTransactions are queued now (the change handled its events): a soft reset waits for them.
        cp.locked(() -> {
            cp.resetGrace.cancel();
            cp.resetGrace = scheduler.schedule(SOFT_RESET_GRACE, () -> cp.locked(() -> reboot(cp, why)));
            cp.outbound.whenIdle(() -> reboot(cp, why));
        });
    }

    /**
     * Reboots now: the connection closes, authorizations without a transaction are dropped, what
     * waited to reboot is forgotten, and a firmware installation that waited for transactions to end
     * runs after the next boot. Under the lock.
     */
    void reboot(SimulatedChargePoint cp, String why) {
        cp.resetGrace.cancel();
        cp.resetGrace = Scheduled.NONE;
        cp.outbound.cancelWhenIdle();
        Runnable installation = cp.pendingReboot;
        cp.pendingReboot = null;
        if (installation != null) {
            cp.afterBoot.add(installation);
        }
        // Offline first: what the change below reports (and what the change that called this one
        // still has to report) waits for the next boot or, being a status, is reported afresh then.
        connections.reboot(cp, why, DOWNTIME);
        cp.change(domain -> {
            for (Connector connector : domain.connectors()) {
                connector.expireAuthorization(clock.instant());
            }
            return null;
        });
    }
}
