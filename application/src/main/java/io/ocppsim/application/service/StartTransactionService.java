package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StartTransactionUseCase;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStarted;
import io.ocppsim.domain.connector.Reservation;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Presents an idTag at a connector: Authorize, then, once accepted, start the transaction if a
 * cable is in (or when it comes) and wait for the Central System's answer to StartTransaction.
 */
public final class StartTransactionService implements StartTransactionUseCase {

    private final ChargePointRegistry registry;
    private final ConnectorChanges changes;
    private final EventFactory events;
    private final Authorizer authorizer;

    StartTransactionService(ChargePointRegistry registry, Authorizer authorizer, ConnectorChanges changes,
            EventFactory events) {
        this.registry = registry;
        this.authorizer = authorizer;
        this.changes = changes;
        this.events = events;
    }

    @Override
    public CompletionStage<ConnectorView> startTransaction(StartTransactionCommand command) {
        ConnectorRef ref = command.connector();
        IdTag idTag = command.idTag();
        SimulatedChargePoint cp;
        try {
            cp = registry.require(ref.chargePointId());
            cp.locked(() -> cp.connector(ref).checkCanAuthorize());
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        return authorizer.authorize(cp, idTag)
                .handle((info, error) -> {
                    if (error != null) {
                        throw refusal("Authorize", error);
                    }
                    return info;
                })
                .thenCompose(info -> begin(cp, ref, idTag, info));
    }

    /**
     * RemoteStartTransaction, once accepted: the idTag is authorized as AuthorizeRemoteTxRequests
     * says (asked like a local one, or taken as Accepted), then the transaction starts when a cable
     * is in. Failures are published as events: nobody waits for them.
     */
    void startRemotely(SimulatedChargePoint cp, ConnectorRef ref, IdTag idTag, boolean authorizeFirst) {
        CompletionStage<IdTagInfo> info = authorizeFirst ? authorizer.authorize(cp, idTag)
                : CompletableFuture.completedFuture(IdTagInfo.of(AuthorizationStatus.Accepted));
        info.thenCompose(accepted -> begin(cp, ref, idTag, accepted)).whenComplete((view, error) -> {
            if (error != null) {
                cp.locked(() -> {
                    cp.pendingRemoteStartProfiles.remove(ref.connectorId());
                });
                events.publish(cp.id(), ref.connectorId().value(), EventType.AUTHORIZATION_REJECTED, Severity.WARNING,
                        "the remote start for " + idTag + " did not start a transaction: " + Failures.describe(error),
                        Map.of("id_tag", idTag.value(), "error", Failures.describe(error)));
            }
        });
    }

    private CompletionStage<ConnectorView> begin(SimulatedChargePoint cp, ConnectorRef ref, IdTag idTag,
            IdTagInfo info) {
        if (!info.isAccepted()) {
            events.publish(cp.id(), ref.connectorId().value(), EventType.AUTHORIZATION_REJECTED, Severity.WARNING,
                    "the Central System answered Authorize for " + idTag + " with " + info.status(),
                    Map.of("id_tag", idTag.value(), "status", info.status().name()));
            throw rejected(idTag, info, "Authorize");
        }
        List<CompletableFuture<TransactionStarted>> startAnswer = new ArrayList<>(1);
        ConnectorView waiting = changes.apply(ref, (chargePoint, connector) -> {
            Instant now = changes.now();
            Reservation whole = connector.reservation().isPresent() ? null
                    : Reservations.checkChargePointReservation(chargePoint, connector, idTag, info.parentIdTag(), now);
            connector.authorize(idTag, info.parentIdTag(), whole, now);
            if (whole != null) {
                Reservations.use(chargePoint, whole);
            }
            if (connector.isReadyToStart()) {
                // Taken before the answer can arrive: it may arrive while this change is handled.
                startAnswer.add(chargePoint.startAnswer(connector.startTransaction(now)));
            }
        });
        if (startAnswer.isEmpty() || !cp.locked(cp::isOnline)) {
            // Offline the answer comes after the next boot: the transaction runs meanwhile, without its id.
            return CompletableFuture.completedFuture(waiting);
        }
        return startAnswer.get(0).handle((answer, error) -> {
            if (error != null) {
                throw refusal("StartTransaction", error);
            }
            return afterStartAnswer(cp, ref, idTag, answer);
        });
    }

    private ConnectorView afterStartAnswer(SimulatedChargePoint cp, ConnectorRef ref, IdTag idTag,
            TransactionStarted answer) {
        ConnectorView view = changes.read(ref);
        if (!answer.idTagInfo().isAccepted()) {
            throw rejected(idTag, answer.idTagInfo(), "StartTransaction");
        }
        return view;
    }

    private static RefusedException rejected(IdTag idTag, IdTagInfo info, String action) {
        return new RefusedException(Reason.AUTHORIZATION_REJECTED,
                "the Central System answered " + action + " for idTag " + idTag + " with " + info.status(),
                Map.of("id_tag", idTag.value(), "status", info.status().name(), "action", action));
    }

    private static RefusedException refusal(String action, Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof RefusedException refused) {
            return refused;
        }
        Reason reason = switch (cause) {
            case CentralSystemException.NotConnected e -> Reason.NOT_CONNECTED;
            case CentralSystemException.TimedOut e -> Reason.CENTRAL_SYSTEM_TIMEOUT;
            default -> Reason.CENTRAL_SYSTEM_ERROR;
        };
        return new RefusedException(reason, action + " failed: " + Failures.describe(cause),
                Map.of("action", action));
    }
}
