package io.ocppsim.domain.connector;

import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Instant;

/** The changes a connector reports, in the order they happened. */
public sealed interface ConnectorDomainEvent extends DomainEvent {

    ConnectorId connectorId();

    /**
     * The reported status or error code changed: what OCPP's StatusNotification tells. {@code from}
     * equals {@code to} when only the error code changed (a second fault while Faulted).
     */
    record StatusChanged(ConnectorId connectorId, ConnectorStatus from, ConnectorStatus to,
            ChargePointErrorCode errorCode, String info, String vendorErrorCode, Instant occurredAt)
            implements ConnectorDomainEvent {
    }

    record CablePluggedIn(ConnectorId connectorId, Instant occurredAt) implements ConnectorDomainEvent {
    }

    record CableUnplugged(ConnectorId connectorId, Instant occurredAt) implements ConnectorDomainEvent {
    }

    /** An accepted idTag now waits for a cable or for its transaction to start. */
    record IdTagAuthorized(ConnectorId connectorId, IdTag idTag, Instant occurredAt) implements ConnectorDomainEvent {
    }

    /** An authorized idTag waited for a cable in vain and was dropped. */
    record AuthorizationExpired(ConnectorId connectorId, IdTag idTag, Instant occurredAt)
            implements ConnectorDomainEvent {
    }

    record TransactionStarted(ConnectorId connectorId, Transaction transaction, Instant occurredAt)
            implements ConnectorDomainEvent {
    }

    record TransactionStopped(ConnectorId connectorId, Transaction transaction, Transaction.Stop stop,
            Instant occurredAt) implements ConnectorDomainEvent {
    }

    record FaultInjected(ConnectorId connectorId, Fault fault, Instant occurredAt) implements ConnectorDomainEvent {
    }

    record FaultCleared(ConnectorId connectorId, Fault fault, Instant occurredAt) implements ConnectorDomainEvent {
    }

    record ReservationMade(ConnectorId connectorId, Reservation reservation, Instant occurredAt)
            implements ConnectorDomainEvent {
    }

    /** A reservation ended: used by its idTag ({@code used}), or cancelled or expired. */
    record ReservationEnded(ConnectorId connectorId, Reservation reservation, boolean used, Instant occurredAt)
            implements ConnectorDomainEvent {
    }
}
