package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.in.ocpp.ReservationUseCase;
import io.ocppsim.application.port.out.SchedulerPort.Scheduled;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorException;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.connector.Reservation;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * ReserveNow and CancelReservation (OCPP 1.6 §5.13, §5.3). A connector reservation is the
 * connector's own (the domain admits only its idTag or one sharing its parent, and reports
 * Reserved); a reservation of connector 0, when ReserveConnectorZeroSupported, holds the charge
 * point as a whole: other idTags may still start while at least one more connector stays
 * Available for it. Each reservation ends by itself at its expiry date.
 */
final class Reservations implements ReservationUseCase {

    private final ChargePointRegistry registry;
    private final SchedulerPort scheduler;
    private final Clock clock;
    private final EventFactory events;

    Reservations(ChargePointRegistry registry, SchedulerPort scheduler, Clock clock, EventFactory events) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Reply<ReservationStatus> reserveNow(ChargePointId chargePoint, ReserveNow request) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Replies.reportingAfterReply(cp, () -> cp.change(domain -> {
            Instant now = clock.instant();
            if (!request.expiryDate().isAfter(now)) {
                return ReservationStatus.Rejected;
            }
            Reservation reservation = new Reservation(request.reservationId(), request.idTag(), request.parentIdTag(),
                    request.expiryDate());
            if (request.connectorId() == 0) {
                return reserveChargePoint(cp, reservation, now);
            }
            if (request.connectorId() < 0 || request.connectorId() > domain.connectorCount()) {
                return ReservationStatus.Rejected;
            }
            Connector connector = cp.connector(ConnectorId.of(request.connectorId()));
            ReservationStatus refusal = refusal(cp, connector, reservation);
            if (refusal != null) {
                return refusal;
            }
            endElsewhere(cp, reservation.reservationId(), connector, now);
            try {
                connector.reserve(reservation, now);
            } catch (ConnectorException refused) {
                return ReservationStatus.Occupied;
            }
            expireAt(cp, reservation);
            return ReservationStatus.Accepted;
        }));
    }

    @Override
    public Reply<CancelReservationStatus> cancelReservation(ChargePointId chargePoint, int reservationId) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        return Replies.reportingAfterReply(cp, () -> cp.change(domain -> end(cp, reservationId, clock.instant())
                ? CancelReservationStatus.Accepted : CancelReservationStatus.Rejected));
    }

    /**
     * Refuses an idTag on {@code connector} when a reservation of the whole charge point needs the
     * connector: the reservation is for someone else and no other connector would stay Available
     * for it. The reservation's own idTag may use it: it is answered, to be ended with
     * {@link #use} once the idTag is authorized on the connector. Under the lock.
     */
    static Reservation checkChargePointReservation(SimulatedChargePoint cp, Connector connector, IdTag idTag,
            IdTag parentIdTag, Instant now) {
        Reservation reservation = cp.chargePointReservation;
        if (reservation == null) {
            return null;
        }
        if (reservation.admits(idTag, parentIdTag)) {
            return reservation;
        }
        long othersAvailable = cp.chargePoint().connectors().stream()
                .filter(other -> other != connector && other.status() == ConnectorStatus.Available)
                .count();
        if (othersAvailable == 0) {
            throw new ConnectorRejectedException(connector.id(), connector.status(),
                    io.ocppsim.domain.connector.ConnectorEvent.AUTHORIZE, ConnectorRejectedException.Reason.RESERVED);
        }
        return null;
    }

    /** The idTag of a reservation of the whole charge point has used it. Under the lock. */
    static void use(SimulatedChargePoint cp, Reservation reservation) {
        if (cp.chargePointReservation == reservation) {
            cp.chargePointReservation = null;
            cancelTimer(cp, reservation.reservationId());
        }
    }

    private ReservationStatus reserveChargePoint(SimulatedChargePoint cp, Reservation reservation, Instant now) {
        if (!cp.configuration().flag(ConfigurationKey.ReserveConnectorZeroSupported)) {
            return ReservationStatus.Rejected;
        }
        Connector whole = cp.chargePoint().chargePointConnector();
        if (whole.status() == ConnectorStatus.Faulted) {
            return ReservationStatus.Faulted;
        }
        if (whole.status() == ConnectorStatus.Unavailable) {
            return ReservationStatus.Unavailable;
        }
        Reservation current = cp.chargePointReservation;
        if (current != null && current.reservationId() != reservation.reservationId()) {
            return ReservationStatus.Occupied;
        }
        boolean anyAvailable = cp.chargePoint().connectors().stream()
                .anyMatch(c -> c.status() == ConnectorStatus.Available);
        if (!anyAvailable) {
            return ReservationStatus.Occupied;
        }
        endElsewhere(cp, reservation.reservationId(), whole, now);
        cp.chargePointReservation = reservation;
        expireAt(cp, reservation);
        events.publish(cp.id(), 0, EventType.RESERVATION_MADE, Severity.INFO,
                "charge point reserved for " + reservation.idTag() + " until " + reservation.expiresAt(),
                Map.of("reservation_id", reservation.reservationId(), "id_tag", reservation.idTag().value(),
                        "expiry_date", reservation.expiresAt().toString()));
        return ReservationStatus.Accepted;
    }

    /** Why the connector cannot take the reservation, or null when it can. */
    private static ReservationStatus refusal(SimulatedChargePoint cp, Connector connector, Reservation reservation) {
        Optional<Reservation> current = connector.reservation();
        boolean replacing = current.isPresent() && current.get().reservationId() == reservation.reservationId();
        return switch (connector.status()) {
            case Faulted -> ReservationStatus.Faulted;
            case Unavailable -> ReservationStatus.Unavailable;
            case Available -> null;
            case Reserved -> replacing ? null : ReservationStatus.Occupied;
            default -> ReservationStatus.Occupied;
        };
    }

    /** A new reservation with the id of an existing one replaces it, wherever that one is. */
    private void endElsewhere(SimulatedChargePoint cp, int reservationId, Connector target, Instant now) {
        for (Connector connector : cp.chargePoint().connectors()) {
            if (connector != target && connector.reservation().filter(r -> r.reservationId() == reservationId)
                    .isPresent()) {
                connector.endReservation(now);
            }
        }
        if (target.id().value() != 0 && cp.chargePointReservation != null
                && cp.chargePointReservation.reservationId() == reservationId) {
            cp.chargePointReservation = null;
        }
        cancelTimer(cp, reservationId);
    }

    private void expireAt(SimulatedChargePoint cp, Reservation reservation) {
        Duration wait = Duration.between(clock.instant(), reservation.expiresAt());
        Scheduled previous = cp.reservationTimers.put(reservation.reservationId(),
                scheduler.schedule(wait, () -> cp.change(domain -> {
                    cp.reservationTimers.remove(reservation.reservationId());
                    if (end(cp, reservation.reservationId(), clock.instant())) {
                        events.publish(cp.id(), null, EventType.RESERVATION_ENDED, Severity.INFO,
                                "reservation " + reservation.reservationId() + " expired",
                                Map.of("reservation_id", reservation.reservationId(), "reason", "expired"));
                    }
                    return null;
                })));
        if (previous != null) {
            previous.cancel();
        }
    }

    /** Ends the reservation with that id, wherever it is; false when there is none. Under the lock. */
    private static boolean end(SimulatedChargePoint cp, int reservationId, Instant now) {
        Reservation whole = cp.chargePointReservation;
        if (whole != null && whole.reservationId() == reservationId) {
            cp.chargePointReservation = null;
            cancelTimer(cp, reservationId);
            return true;
        }
        for (Connector connector : cp.chargePoint().connectors()) {
            if (connector.reservation().filter(r -> r.reservationId() == reservationId).isPresent()) {
                connector.endReservation(now);
                cancelTimer(cp, reservationId);
                return true;
            }
        }
        return false;
    }

    private static void cancelTimer(SimulatedChargePoint cp, int reservationId) {
        Scheduled timer = cp.reservationTimers.remove(reservationId);
        if (timer != null) {
            timer.cancel();
        }
    }
}
