package io.ocppsim.adapter.ocpp.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The transactions the sandbox issued ids for; ids count up from 1 across all charge points. */
final class Transactions {

    private final SortedMap<Integer, SandboxTransaction> byId = new TreeMap<>();
    private int lastId;

    synchronized SandboxTransaction start(String chargePointId, int connectorId, String idTag, long meterStart,
                                          Instant startedAt) {
        lastId++;
        SandboxTransaction started = new SandboxTransaction(lastId, chargePointId, connectorId, idTag, meterStart,
                startedAt, Optional.empty());
        byId.put(lastId, started);
        return started;
    }

    /**
     * Records the stop of {@code transactionId} if it is running.
     *
     * @return the transaction as it was before this stop; empty when the id was never issued
     */
    synchronized Optional<SandboxTransaction> stop(int transactionId, SandboxTransaction.Stop stop) {
        SandboxTransaction before = byId.get(transactionId);
        if (before != null && before.isRunning()) {
            byId.put(transactionId, before.stoppedWith(stop));
        }
        return Optional.ofNullable(before);
    }

    synchronized Optional<SandboxTransaction> find(int transactionId) {
        return Optional.ofNullable(byId.get(transactionId));
    }

    synchronized List<SandboxTransaction> all() {
        return List.copyOf(byId.values());
    }
}
