package io.ocppsim.domain.connector;

import static io.ocppsim.domain.connector.ConnectorStatus.Available;
import static io.ocppsim.domain.connector.ConnectorStatus.Charging;
import static io.ocppsim.domain.connector.ConnectorStatus.Faulted;
import static io.ocppsim.domain.connector.ConnectorStatus.Finishing;
import static io.ocppsim.domain.connector.ConnectorStatus.Preparing;
import static io.ocppsim.domain.connector.ConnectorStatus.Reserved;
import static io.ocppsim.domain.connector.ConnectorStatus.SuspendedEV;
import static io.ocppsim.domain.connector.ConnectorStatus.SuspendedEVSE;
import static io.ocppsim.domain.connector.ConnectorStatus.Unavailable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status transitions OCPP 1.6 allows (the table of section 4.9 of the specification), and the
 * narrower set allowed for connector 0, which only knows Available, Unavailable and Faulted.
 * Every status change a {@link Connector} makes is checked here first.
 */
public final class StatusTransitions {

    private static final Map<ConnectorStatus, Set<ConnectorStatus>> ALLOWED = new EnumMap<>(ConnectorStatus.class);
    private static final Set<ConnectorStatus> CHARGE_POINT_STATUSES = EnumSet.of(Available, Unavailable, Faulted);

    static {
        allow(Available, Preparing, Charging, SuspendedEV, SuspendedEVSE, Reserved, Unavailable, Faulted);
        allow(Preparing, Available, Charging, SuspendedEV, SuspendedEVSE, Finishing, Faulted);
        allow(Charging, Available, SuspendedEV, SuspendedEVSE, Finishing, Unavailable, Faulted);
        allow(SuspendedEV, Available, Charging, SuspendedEVSE, Finishing, Unavailable, Faulted);
        allow(SuspendedEVSE, Available, Charging, SuspendedEV, Finishing, Unavailable, Faulted);
        allow(Finishing, Available, Preparing, Unavailable, Faulted);
        allow(Reserved, Available, Preparing, Unavailable, Faulted);
        allow(Unavailable, Available, Preparing, Charging, SuspendedEV, SuspendedEVSE, Faulted);
        allow(Faulted, Available, Preparing, Charging, SuspendedEV, SuspendedEVSE, Finishing, Reserved, Unavailable);
    }

    private StatusTransitions() {
    }

    private static void allow(ConnectorStatus from, ConnectorStatus... to) {
        Set<ConnectorStatus> targets = EnumSet.noneOf(ConnectorStatus.class);
        targets.addAll(List.of(to));
        ALLOWED.put(from, Collections.unmodifiableSet(targets));
    }

    /** Whether a physical connector may go from {@code from} to {@code to}. Staying put is no transition. */
    public static boolean isAllowed(ConnectorStatus from, ConnectorStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Whether the given connector may go from {@code from} to {@code to}. */
    public static boolean isAllowed(ConnectorId connector, ConnectorStatus from, ConnectorStatus to) {
        if (connector.isChargePoint() && !CHARGE_POINT_STATUSES.contains(to)) {
            return false;
        }
        return isAllowed(from, to);
    }
}
