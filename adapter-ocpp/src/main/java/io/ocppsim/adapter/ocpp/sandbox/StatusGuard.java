package io.ocppsim.adapter.ocpp.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each StatusNotification against what came before: the move from the connector's last
 * reported status must be one the OCPP 1.6 status table allows, and the status must fit the
 * connector's transactions (Charging, SuspendedEV and SuspendedEVSE only while one runs;
 * Available, Preparing, Reserved and Unavailable only while none does). Repeating a status is
 * always allowed: a charge point reports every connector afresh after each boot.
 */
final class StatusGuard {

    /** Row = from, the allowed targets; the table of section 4.9 of the specification, written out again. */
    private static final Map<String, Set<String>> TABLE = Map.of(
            "Available", Set.of("Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Reserved", "Unavailable",
                    "Faulted"),
            "Preparing", Set.of("Available", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing", "Faulted"),
            "Charging", Set.of("Available", "SuspendedEV", "SuspendedEVSE", "Finishing", "Unavailable", "Faulted"),
            "SuspendedEV", Set.of("Available", "Charging", "SuspendedEVSE", "Finishing", "Unavailable", "Faulted"),
            "SuspendedEVSE", Set.of("Available", "Charging", "SuspendedEV", "Finishing", "Unavailable", "Faulted"),
            "Finishing", Set.of("Available", "Preparing", "Unavailable", "Faulted"),
            "Reserved", Set.of("Available", "Preparing", "Unavailable", "Faulted"),
            "Unavailable", Set.of("Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Faulted"),
            "Faulted", Set.of("Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing",
                    "Reserved", "Unavailable"));
    private static final Set<String> CHARGE_POINT_STATUSES = Set.of("Available", "Unavailable", "Faulted");
    private static final Set<String> WITH_TRANSACTION = Set.of("Charging", "SuspendedEV", "SuspendedEVSE");
    private static final Set<String> WITHOUT_TRANSACTION = Set.of("Available", "Preparing", "Reserved",
            "Unavailable");

    private record ConnectorKey(String chargePointId, int connectorId) {
    }

    private final Map<ConnectorKey, String> lastStatus = new HashMap<>();
    private final Transactions transactions;

    StatusGuard(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The charge point booted: what happened while it was away cannot be seen, so its next report
     * of each connector starts afresh (its status now, whatever came last before).
     */
    synchronized void booted(String chargePointId) {
        lastStatus.keySet().removeIf(key -> key.chargePointId().equals(chargePointId));
    }

    /** Records the reported status and returns what is wrong with it, if anything. */
    synchronized List<String> check(String chargePointId, int connectorId, String status) {
        String before = lastStatus.put(new ConnectorKey(chargePointId, connectorId), status);
        List<String> problems = new ArrayList<>();
        if (connectorId == 0 && !CHARGE_POINT_STATUSES.contains(status)) {
            problems.add("connector 0 reported " + status + "; it knows only Available, Unavailable and Faulted");
        }
        if (before != null && !before.equals(status) && !TABLE.getOrDefault(before, Set.of()).contains(status)) {
            problems.add("connector " + connectorId + " went from " + before + " to " + status
                    + ", which the OCPP 1.6 status table does not allow");
        }
        if (connectorId > 0) {
            Optional<SandboxTransaction> running = transactions.all().stream()
                    .filter(tx -> tx.isRunning() && tx.chargePointId().equals(chargePointId)
                            && tx.connectorId() == connectorId)
                    .findFirst();
            if (WITH_TRANSACTION.contains(status) && running.isEmpty()) {
                problems.add("connector " + connectorId + " reported " + status
                        + " without a running transaction (StartTransaction first)");
            }
            if (WITHOUT_TRANSACTION.contains(status) && running.isPresent()) {
                problems.add("connector " + connectorId + " reported " + status + " while transaction "
                        + running.get().transactionId() + " still runs (StopTransaction first)");
            }
        }
        return problems;
    }
}
