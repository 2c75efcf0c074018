package io.ocppsim.application.service;

import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
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
        cp.change(domain -> {
            StopReason reason = hard ? StopReason.HardReset : StopReason.SoftReset;
            for (Connector connector : domain.connectors()) {
                if (connector.transaction().isPresent()) {
                    connector.stopTransaction(reason, clock.instant());
                }
            }
            String why = (hard ? "Hard" : "Soft") + " reset requested by the Central System";
            if (hard) {
                reboot(cp, why);
            } else {
                Scheduled[] grace = new Scheduled[1];
                Runnable once = () -> {
                    if (grace[0] != null) {
                        grace[0].cancel();
                    }
                    reboot(cp, why);
                };
                grace[0] = scheduler.schedule(SOFT_RESET_GRACE, () -> cp.locked(() -> {
                    cp.outbound.cancelWhenIdle();
                    reboot(cp, why);
                }));
                cp.outbound.whenIdle(once);
            }
            return null;
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
