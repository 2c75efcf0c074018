package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.out.EventPublisherPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.connector.ConnectorDomainEvent;
import io.ocppsim.domain.connector.ConnectorDomainEvent.AuthorizationExpired;
import io.ocppsim.domain.connector.ConnectorDomainEvent.CablePluggedIn;
import io.ocppsim.domain.connector.ConnectorDomainEvent.CableUnplugged;
import io.ocppsim.domain.connector.ConnectorDomainEvent.FaultCleared;
import io.ocppsim.domain.connector.ConnectorDomainEvent.FaultInjected;
import io.ocppsim.domain.connector.ConnectorDomainEvent.IdTagAuthorized;
import io.ocppsim.domain.connector.ConnectorDomainEvent.ReservationEnded;
import io.ocppsim.domain.connector.ConnectorDomainEvent.ReservationMade;
import io.ocppsim.domain.connector.ConnectorDomainEvent.StatusChanged;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStarted;
import io.ocppsim.domain.connector.ConnectorDomainEvent.TransactionStopped;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns what happens into {@link SimulatorEvent}s and publishes them. */
final class EventFactory {

    private final EventPublisherPort publisher;
    private final Clock clock;

    EventFactory(EventPublisherPort publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Publishes an event that happened now. */
    void publish(ChargePointId chargePoint, Integer connectorId, EventType type, Severity severity, String message,
            Map<String, ?> data) {
        publisher.publish(new SimulatorEvent(clock.instant(), type, severity, chargePoint, connectorId, message,
                new LinkedHashMap<>(data)));
    }

    /** Publishes a domain event. */
    void publish(ChargePointId chargePoint, DomainEvent event) {
        if (event instanceof ConnectorDomainEvent change) {
            publisher.publish(from(chargePoint, change));
        }
    }

    SimulatorEvent from(ChargePointId cp, ConnectorDomainEvent event) {
        int connector = event.connectorId().value();
        Map<String, Object> data = new LinkedHashMap<>();
        return switch (event) {
            case StatusChanged e -> {
                data.put("from", e.from().name());
                data.put("to", e.to().name());
                data.put("error_code", e.errorCode().name());
                putIfPresent(data, "info", e.info());
                putIfPresent(data, "vendor_error_code", e.vendorErrorCode());
                Severity severity = e.to() == ConnectorStatus.Faulted ? Severity.WARNING : Severity.INFO;
                String text = e.from() == e.to()
                        ? "connector " + connector + " stays " + e.to() + ", error code now " + e.errorCode()
                        : "connector " + connector + ": " + e.from() + " -> " + e.to();
                yield event(cp, e, EventType.STATUS_CHANGED, severity, text, data);
            }
            case CablePluggedIn e -> event(cp, e, EventType.CONNECTOR_PLUGGED_IN, Severity.INFO,
                    "cable plugged into connector " + connector, data);
            case CableUnplugged e -> event(cp, e, EventType.CONNECTOR_UNPLUGGED, Severity.INFO,
                    "cable pulled out of connector " + connector, data);
            case IdTagAuthorized e -> {
                data.put("id_tag", e.idTag().value());
                yield event(cp, e, EventType.ID_TAG_AUTHORIZED, Severity.INFO,
                        "idTag " + e.idTag() + " authorized on connector " + connector, data);
            }
            case AuthorizationExpired e -> {
                data.put("id_tag", e.idTag().value());
                yield event(cp, e, EventType.AUTHORIZATION_EXPIRED, Severity.WARNING,
                        "no cable came for idTag " + e.idTag() + " on connector " + connector
                                + " within ConnectionTimeOut",
                        data);
            }
            case TransactionStarted e -> {
                Transaction tx = e.transaction();
                data.put("id_tag", tx.idTag().value());
                data.put("meter_start_wh", tx.meterStart().wholeWattHours());
                tx.reservationId().ifPresent(id -> data.put("reservation_id", id));
                yield event(cp, e, EventType.TRANSACTION_STARTED, Severity.INFO,
                        "transaction started on connector " + connector + " for idTag " + tx.idTag(), data);
            }
            case TransactionStopped e -> {
                Transaction tx = e.transaction();
                tx.id().ifPresent(id -> data.put("transaction_id", id.value()));
                data.put("id_tag", tx.idTag().value());
                data.put("meter_start_wh", tx.meterStart().wholeWattHours());
                data.put("meter_stop_wh", e.stop().meterStop().wholeWattHours());
                data.put("energy_wh", e.stop().meterStop().wholeWattHours() - tx.meterStart().wholeWattHours());
                data.put("reason", e.stop().reason().name());
                yield event(cp, e, EventType.TRANSACTION_STOPPED, Severity.INFO,
                        "transaction stopped on connector " + connector + " (" + e.stop().reason() + ")", data);
            }
            case FaultInjected e -> {
                putFault(data, e.fault());
                yield event(cp, e, EventType.FAULT_INJECTED, Severity.ERROR,
                        e.fault().errorCode() + " on connector " + connector, data);
            }
            case FaultCleared e -> {
                putFault(data, e.fault());
                yield event(cp, e, EventType.FAULT_CLEARED, Severity.INFO,
                        e.fault().errorCode() + " cleared on connector " + connector, data);
            }
            case ReservationMade e -> {
                data.put("reservation_id", e.reservation().reservationId());
                data.put("id_tag", e.reservation().idTag().value());
                data.put("expires_at", e.reservation().expiresAt().toString());
                yield event(cp, e, EventType.RESERVATION_MADE, Severity.INFO,
                        "connector " + connector + " reserved for " + e.reservation().idTag(), data);
            }
            case ReservationEnded e -> {
                data.put("reservation_id", e.reservation().reservationId());
                data.put("used", e.used());
                yield event(cp, e, EventType.RESERVATION_ENDED, Severity.INFO,
                        "reservation " + e.reservation().reservationId() + " on connector " + connector
                                + (e.used() ? " used" : " ended"),
                        data);
            }
        };
    }

    private static SimulatorEvent event(ChargePointId cp, ConnectorDomainEvent e, EventType type, Severity severity,
            String message, Map<String, Object> data) {
        return new SimulatorEvent(e.occurredAt(), type, severity, cp, e.connectorId().value(), message, data);
    }

    private static void putFault(Map<String, Object> data, Fault fault) {
        data.put("error_code", fault.errorCode().name());
        putIfPresent(data, "info", fault.info());
        putIfPresent(data, "vendor_error_code", fault.vendorErrorCode());
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
