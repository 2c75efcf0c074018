package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ChargePointSettings.DataTransferRule;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationReport;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorException;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.smartcharging.ChargingProfilePurpose;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Core profile's requests (OCPP 1.6 §5): availability, configuration, the authorization cache,
 * DataTransfer, remote start and stop, Reset and UnlockConnector.
 */
final class CoreRequests implements CoreProfileUseCase {

    private final ChargePointRegistry registry;
    private final CentralSystemPort centralSystem;
    private final Clock clock;
    private final EventFactory events;
    private final ConnectionService connections;
    private final TransactionReporter transactions;
    private final StartTransactionService starts;
    private final Reboots reboots;

    CoreRequests(ChargePointRegistry registry, CentralSystemPort centralSystem, Clock clock, EventFactory events,
            ConnectionService connections, TransactionReporter transactions, StartTransactionService starts,
            Reboots reboots) {
        this.registry = registry;
        this.centralSystem = centralSystem;
        this.clock = clock;
        this.events = events;
        this.connections = connections;
        this.transactions = transactions;
        this.starts = starts;
        this.reboots = reboots;
    }

    /**
     * Connector 0 changes the charge point and every connector. Going Inoperative is Scheduled for a
     * connector whose transaction still runs, and applied when it ends.
     */
    @Override
    public Reply<AvailabilityStatus> changeAvailability(ChargePointId chargePoint, int connectorId,
            AvailabilityType type) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Replies.reportingAfterReply(cp, () -> cp.change(domain -> {
            if (connectorId < 0 || connectorId > domain.connectorCount()) {
                return AvailabilityStatus.Rejected;
            }
            List<Connector> targets = connectorId == 0 ? domain.allConnectors()
                    : List.of(cp.connector(ConnectorId.of(connectorId)));
            boolean scheduled = false;
            try {
                for (Connector connector : targets) {
                    if (type == AvailabilityType.Inoperative) {
                        scheduled |= connector.makeInoperative(clock.instant()) == Connector.AvailabilityChange.SCHEDULED;
                    } else if (connector.isInoperative() || connector.isInoperativeScheduled()) {
                        connector.makeOperative(clock.instant());
                    }
                }
            } catch (ConnectorException refused) {
                return AvailabilityStatus.Rejected;
            }
            return scheduled ? AvailabilityStatus.Scheduled : AvailabilityStatus.Accepted;
        }));
    }

    /** Applies the change and what it sets in motion at once: heartbeat, sampling, pings. */
    @Override
    public Reply<ConfigurationChange> changeConfiguration(ChargePointId chargePoint, String key, String value) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> {
            ConfigurationChange change = cp.configuration().change(key, value);
            if (change.status() == ConfigurationStatus.Accepted) {
                applyLive(cp, key);
            }
            boolean secret = ConfigurationKey.AuthorizationKey.keyName().equals(key);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("key", key);
            data.put("value", secret ? "(hidden)" : value);
            data.put("status", change.status().name());
            if (change.reason() != null) {
                data.put("reason", change.reason());
            }
            events.publish(cp.id(), null, EventType.CONFIGURATION_CHANGED,
                    change.status() == ConfigurationStatus.Accepted ? Severity.INFO : Severity.WARNING,
                    "ChangeConfiguration " + key + (secret ? "" : " = " + value) + ": " + change.status()
                            + (change.reason() == null ? "" : " (" + change.reason() + ")"),
                    data);
            return change;
        }));
    }

    private void applyLive(SimulatedChargePoint cp, String key) {
        ConfigurationKey.byName(key).ifPresent(changed -> {
            switch (changed) {
                case HeartbeatInterval -> connections.restartHeartbeat(cp);
                case MeterValueSampleInterval -> transactions.restartSampling(cp);
                case ClockAlignedDataInterval -> transactions.restartAligned(cp);
                case WebSocketPingInterval -> centralSystem.pingInterval(cp.id(),
                        cp.configuration().seconds(ConfigurationKey.WebSocketPingInterval));
                default -> {
                    // read where it is used, so it is in force from now on
                }
            }
        });
    }

    @Override
    public Reply<ConfigurationReport> getConfiguration(ChargePointId chargePoint, List<String> keys) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> cp.configuration().report(keys)));
    }

    @Override
    public Reply<ClearCacheStatus> clearCache(ChargePointId chargePoint) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(cp.locked(() -> {
            cp.authorizationCache.clear();
            return ClearCacheStatus.Accepted;
        }));
    }

    /** The first configured rule for the vendor and message answers; a known vendor with another message: UnknownMessageId. */
    @Override
    public Reply<DataTransferAnswer> dataTransfer(ChargePointId chargePoint, String vendorId, String messageId,
            String data) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        List<DataTransferRule> rules = cp.settings().dataTransferRules();
        Optional<DataTransferRule> match = rules.stream().filter(r -> r.matches(vendorId, messageId)).findFirst();
        DataTransferAnswer answer = match
                .map(rule -> new DataTransferAnswer(rule.status(), rule.data()))
                .orElseGet(() -> rules.stream().anyMatch(r -> r.vendorId().equals(vendorId))
                        ? new DataTransferAnswer(DataTransferStatus.UnknownMessageId, null)
                        : new DataTransferAnswer(DataTransferStatus.UnknownVendorId, null));
        events.publish(cp.id(), null, EventType.CENTRAL_SYSTEM_REQUEST, Severity.INFO,
                "DataTransfer from the Central System (vendor " + vendorId + ", message " + messageId + "): "
                        + answer.status(),
                Map.of("action", "DataTransfer", "vendor_id", vendorId, "status", answer.status().name()));
        return Reply.of(answer);
    }

    /**
     * Accepted when the connector named (or, without one, a connector the charge point picks: one
     * with a cable in first, then any free one) can take an idTag now; the transaction then starts
     * as AuthorizeRemoteTxRequests says, once a cable is in.
     */
    @Override
    public Reply<RemoteStartStopStatus> remoteStartTransaction(ChargePointId chargePoint, RemoteStart request) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return cp.locked(() -> {
            if (request.chargingProfile() != null
                    && request.chargingProfile().purpose() != ChargingProfilePurpose.TxProfile) {
                return Reply.of(RemoteStartStopStatus.Rejected);
            }
            Optional<Connector> chosen = request.connectorId() == null ? pickConnector(cp)
                    : Optional.ofNullable(usable(cp, request.connectorId()));
            if (chosen.isEmpty()) {
                return Reply.of(RemoteStartStopStatus.Rejected);
            }
            Connector connector = chosen.get();
            if (connector.reservation().filter(r -> !r.admits(request.idTag(), null)).isPresent()
                    && !cp.configuration().flag(ConfigurationKey.AuthorizeRemoteTxRequests)) {
                return Reply.of(RemoteStartStopStatus.Rejected);
            }
            if (connector.reservation().isEmpty()) {
                try {
                    Reservations.checkChargePointReservation(cp, connector, request.idTag(), null, clock.instant());
                } catch (ConnectorException reservedForAnother) {
                    return Reply.of(RemoteStartStopStatus.Rejected);
                }
            }
            ConnectorRef ref = ConnectorRef.of(cp.id(), connector.id().value());
            boolean authorizeFirst = cp.configuration().flag(ConfigurationKey.AuthorizeRemoteTxRequests);
            return Reply.of(RemoteStartStopStatus.Accepted, () -> {
                if (request.chargingProfile() != null) {
                    awaitTransaction(cp, ref, request);
                }
                starts.startRemotely(cp, ref, request.idTag(), authorizeFirst);
            });
        });
    }

    /** Remembers the TxProfile for the transaction about to start on the connector. */
    private static void awaitTransaction(SimulatedChargePoint cp, ConnectorRef ref, RemoteStart request) {
        cp.locked(() -> cp.pendingRemoteStartProfiles.put(ref.connectorId(),
                new SimulatedChargePoint.RemoteStartProfile(request.idTag(), request.chargingProfile())));
    }

    private static Connector usable(SimulatedChargePoint cp, int connectorId) {
        if (connectorId < 1 || connectorId > cp.chargePoint().connectorCount()) {
            return null;
        }
        Connector connector = cp.connector(ConnectorId.of(connectorId));
        try {
            connector.checkCanAuthorize();
        } catch (ConnectorException refused) {
            return null;
        }
        return connector.authorizedIdTag().isPresent() ? null : connector;
    }

    private static Optional<Connector> pickConnector(SimulatedChargePoint cp) {
        List<Connector> candidates = new ArrayList<>();
        for (Connector connector : cp.chargePoint().connectors()) {
            if (usable(cp, connector.id().value()) != null && connector.reservation().isEmpty()) {
                candidates.add(connector);
            }
        }
        return candidates.stream().filter(Connector::isCablePlugged).findFirst()
                .or(() -> candidates.stream().filter(c -> c.status() == ConnectorStatus.Available).findFirst());
    }

    @Override
    public Reply<RemoteStartStopStatus> remoteStopTransaction(ChargePointId chargePoint, int transactionId) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return cp.locked(() -> {
            Optional<Connector> running = cp.chargePoint().connectors().stream()
                    .filter(c -> c.transaction().flatMap(Transaction::id)
                            .filter(id -> id.value() == transactionId).isPresent())
                    .findFirst();
            if (running.isEmpty()) {
                return Reply.of(RemoteStartStopStatus.Rejected);
            }
            Connector connector = running.get();
            Transaction tx = connector.transaction().orElseThrow();
            return Reply.of(RemoteStartStopStatus.Accepted, () -> cp.change(domain -> {
                if (connector.transaction().orElse(null) == tx) {
                    connector.stopTransaction(StopReason.Remote, clock.instant());
                }
                return null;
            }));
        });
    }

    @Override
    public Reply<ResetStatus> reset(ChargePointId chargePoint, ResetType type) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Reply.of(ResetStatus.Accepted, () -> reboots.reset(cp, type == ResetType.Hard));
    }

    /** Unlocked; a transaction on the connector stops first (UnlockCommand). Connector 0 has no lock. */
    @Override
    public Reply<UnlockStatus> unlockConnector(ChargePointId chargePoint, int connectorId) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        if (connectorId < 1 || connectorId > cp.read(domain -> domain.connectorCount())) {
            return Reply.of(UnlockStatus.UnlockFailed);
        }
        return Reply.of(UnlockStatus.Unlocked, () -> cp.change(domain -> {
            Connector connector = cp.connector(ConnectorId.of(connectorId));
            if (connector.transaction().isPresent()) {
                connector.stopTransaction(StopReason.UnlockCommand, clock.instant());
            }
            return null;
        }));
    }
}
