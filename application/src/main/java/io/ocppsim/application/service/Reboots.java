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
            Scheduled[] grace = new Scheduled[1];
            grace[0] = scheduler.schedule(SOFT_RESET_GRACE, () -> cp.locked(() -> {
                cp.outbound.cancelWhenIdle();
                reboot(cp, why);
            }));
            cp.outbound.whenIdle(() -> {
                grace[0].cancel();
                reboot(cp, why);
            });
        });
    }

    /** Reboots now: the connection closes, authorizations without a transaction are dropped. Under the lock. */
    void reboot(SimulatedChargePoint cp, String why) {
        cp.pendingReboot = null;
        for (Connector connector : cp.chargePoint().connectors()) {
            connector.expireAuthorization(clock.instant());
        }
        connections.reboot(cp, why, DOWNTIME);
    }
}
