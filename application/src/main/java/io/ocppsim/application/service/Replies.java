package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ocpp.Reply;
import java.util.function.Supplier;

/** Replies to Central System requests that change what the charge point reports. */
final class Replies {

    private Replies() {
    }

    /**
     * Decides and applies a request now, but holds back the reports it causes (a StatusNotification
     * of a connector that became Unavailable or Reserved, say) until the reply has been sent: a
     * Central System must see its answer first.
     */
    static <T> Reply<T> reportingAfterReply(SimulatedChargePoint cp, Supplier<T> decide) {
        cp.locked(cp.outbound::pause);
        try {
            T answer = decide.get();
            return Reply.of(answer, () -> cp.locked(cp.outbound::resume));
        } catch (RuntimeException e) {
            cp.locked(cp.outbound::resume);
            throw e;
        }
    }
}
