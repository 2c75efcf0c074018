package io.ocppsim.domain.connector;

import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.ALREADY_SUSPENDED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.CABLE_ALREADY_PLUGGED_IN;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.FAULTED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NOT_AUTHORIZED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NOT_RESERVED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NOT_SUSPENDED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NO_ACTIVE_FAULT;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NO_CABLE;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.NO_TRANSACTION;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.OCCUPIED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.RESERVED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.TRANSACTION_RUNNING;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.UNAVAILABLE;

import io.ocppsim.domain.charging.ChargingModel;
import io.ocppsim.domain.common.DomainEvent;
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
import io.ocppsim.domain.connector.ConnectorRejectedException.Reason;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.EnergyMeter;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.meter.ReadingContext;
import io.ocppsim.domain.meter.SampledValue;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One connector of a charge point and its OCPP 1.6 status machine.
 *
 * <p>The connector keeps the facts of its situation (is a cable in, is an idTag waiting, which
 * transaction runs, is the EV or the charge point holding back energy, is it reserved or set
 * inoperative), and its status follows from those facts. Every operation works out the facts it
 * would lead to and the status they mean, checks the move against {@link StatusTransitions}, and
 * only then applies it; a refused operation changes nothing and throws a
 * {@link ConnectorException} naming the status, the event and, for an illegal move, the target.
 *
 * <p>Connector 0, the charge point as a whole, runs the same machine restricted to Available,
 * Unavailable and Faulted: a cable, an idTag or a reservation would move it elsewhere, so OCPP's
 * table refuses them there.
 *
 * <p>Faults lie on top: while any fault is active the connector reports Faulted, and the facts
 * underneath keep changing as events arrive; clearing the last fault reveals the status those facts
 * mean. The energy meter integrates the power the connector delivers, which is non-zero only while
 * the connector reports Charging.
 *
 * <p>Not thread-safe: the application serializes the operations on one charge point.
 */
public final class Connector {

    /** The outcome of setting a connector Inoperative. */
    public enum AvailabilityChange {
        /** Done now. */
        ACCEPTED,
        /** Done when the running transaction (or pending session) ends. */
        SCHEDULED
    }

    /**
     * The facts the status follows from. Immutable, so an operation can work out its outcome before
     * committing to it.
     */
    private record Facts(boolean cablePlugged, IdTag authorized, Integer sessionReservationId,
            Transaction transaction, boolean evSuspended, boolean evseSuspended, boolean finishing,
            Reservation reservation, boolean inoperative, boolean inoperativeScheduled) {

        static final Facts IDLE = new Facts(false, null, null, null, false, false, false, null, false, false);

        ConnectorStatus status() {
            if (transaction != null) {
                if (evseSuspended) {
                    return ConnectorStatus.SuspendedEVSE;
                }
                return evSuspended || !cablePlugged ? ConnectorStatus.SuspendedEV : ConnectorStatus.Charging;
            }
            if (inoperative) {
                return ConnectorStatus.Unavailable;
            }
            if (finishing) {
                return ConnectorStatus.Finishing;
            }
            if (reservation != null) {
                return ConnectorStatus.Reserved;
            }
            if (cablePlugged || authorized != null) {
                return ConnectorStatus.Preparing;
            }
            return ConnectorStatus.Available;
        }

        /** Applies a scheduled Inoperative once nothing holds it back any more. */
        Facts settled() {
            if (inoperativeScheduled && transaction == null && status() != ConnectorStatus.Preparing) {
                return new Facts(cablePlugged, null, null, null, evSuspended, evseSuspended, false, null, true, false);
            }
            return this;
        }

        Facts withCable(boolean plugged) {
            return new Facts(plugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    plugged && finishing, reservation, inoperative, inoperativeScheduled);
        }

        Facts withAuthorization(IdTag idTag, Integer reservationId) {
            return new Facts(cablePlugged, idTag, reservationId, transaction, evSuspended, evseSuspended, false,
                    idTag != null && reservationId != null ? null : reservation, inoperative, inoperativeScheduled);
        }

        /** A transaction starts; the EV and the EVSE start out offering and drawing energy. */
        Facts withTransaction(Transaction tx) {
            return new Facts(cablePlugged, null, null, tx, false, false, false, reservation, inoperative,
                    inoperativeScheduled);
        }

        /** The transaction ends; suspensions belonged to it and end with it. */
        Facts withoutTransaction() {
            return new Facts(cablePlugged, null, null, null, false, false, cablePlugged, reservation, inoperative,
                    inoperativeScheduled);
        }

        Facts withSuspension(boolean ev, boolean evse) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, ev, evse, finishing,
                    reservation, inoperative, inoperativeScheduled);
        }

        Facts withReservation(Reservation r) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    finishing, r, inoperative, inoperativeScheduled);
        }

        Facts withAvailability(boolean isInoperative, boolean scheduled) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    isInoperative ? false : finishing, isInoperative ? null : reservation, isInoperative, scheduled);
        }
    }

    private final ConnectorId id;
    private final ChargingModel chargingModel;
    private final EnergyMeter meter;
    private final Map<ChargePointErrorCode, Fault> faults = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private Facts facts = Facts.IDLE;
    private Transaction lastTransaction;

    /**
     * A connector that is Available, with its meter at {@code meterReading}.
     *
     * @param chargingModel the power drawn while charging
     * @param now the simulator's time: the meter integrates from here
     */
    public Connector(ConnectorId id, ChargingModel chargingModel, Energy meterReading, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.chargingModel = Objects.requireNonNull(chargingModel, "chargingModel");
        this.meter = new EnergyMeter(meterReading, now);
    }

    public ConnectorId id() {
        return id;
    }

    /** The status OCPP reports: Faulted while a fault is active, otherwise the status of the facts. */
    public ConnectorStatus status() {
        return faults.isEmpty() ? facts.status() : ConnectorStatus.Faulted;
    }

    /** The status underneath any fault: what the connector returns to once the faults clear. */
    public ConnectorStatus underlyingStatus() {
        return facts.status();
    }

    /** The error code to report: the latest active fault's, or NoError. */
    public ChargePointErrorCode errorCode() {
        return latestFault().map(Fault::errorCode).orElse(ChargePointErrorCode.NoError);
    }

    /** The active faults, oldest first. */
    public List<Fault> activeFaults() {
        return List.copyOf(faults.values());
    }

    public Optional<Fault> latestFault() {
        Fault latest = null;
        for (Fault f : faults.values()) {
            latest = f;
        }
        return Optional.ofNullable(latest);
    }

    public boolean isCablePlugged() {
        return facts.cablePlugged();
    }

    /** The idTag that was accepted and now waits for a cable or for its transaction to start. */
    public Optional<IdTag> authorizedIdTag() {
        return Optional.ofNullable(facts.authorized());
    }

    /** Whether an authorized idTag and a plugged cable are both there, and nothing stands in the way. */
    public boolean isReadyToStart() {
        return facts.authorized() != null && facts.cablePlugged() && facts.transaction() == null && faults.isEmpty()
                && !facts.inoperative();
    }

    public Optional<Transaction> transaction() {
        return Optional.ofNullable(facts.transaction());
    }

    /** The running transaction or, when none runs, the one that ran last. */
    public Optional<Transaction> lastTransaction() {
        return Optional.ofNullable(lastTransaction);
    }

    public Optional<Reservation> reservation() {
        return Optional.ofNullable(facts.reservation());
    }

    public boolean isInoperative() {
        return facts.inoperative();
    }

    public boolean isInoperativeScheduled() {
        return facts.inoperativeScheduled();
    }

    public boolean isEvSuspended() {
        return facts.evSuspended();
    }

    public boolean isEvseSuspended() {
        return facts.evseSuspended();
    }

    /** The power flowing now. */
    public Power power() {
        return meter.power();
    }

    /** The energy register at {@code now}: the meter advances to that instant first. */
    public Energy meterReading(Instant now) {
        meter.advanceTo(now);
        return meter.register();
    }

    /** The meter's values at {@code now}: the energy register and the power flowing. */
    public MeterSample sample(Instant now, ReadingContext context) {
        Energy register = meterReading(now);
        return new MeterSample(now, List.of(SampledValue.energyRegister(register, context),
                SampledValue.activePower(meter.power(), context)));
    }

    /** Hands out the events since the last call, oldest first. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }

    // ---------------------------------------------------------------- cable

    /** A cable is plugged in. */
    public void plugIn(Instant at) {
        if (id.isChargePoint()) {
            throw new IllegalTransitionException(id, status(), ConnectorEvent.PLUG_IN, ConnectorStatus.Preparing);
        }
        reject(facts.cablePlugged(), ConnectorEvent.PLUG_IN, CABLE_ALREADY_PLUGGED_IN);
        change(ConnectorEvent.PLUG_IN, facts.withCable(true), at, () -> events.add(new CablePluggedIn(id, at)));
    }

    /**
     * The cable is pulled out. During a transaction this stops it with reason EVDisconnected when
     * {@code stopTransactionOnEvSideDisconnect}; otherwise the transaction stays and the connector
     * reports SuspendedEV until the cable comes back.
     *
     * @return how the transaction stopped, if the unplugging stopped one
     */
    public Optional<Transaction.Stop> plugOut(Instant at, boolean stopTransactionOnEvSideDisconnect) {
        reject(!facts.cablePlugged(), ConnectorEvent.PLUG_OUT, NO_CABLE);
        Transaction tx = facts.transaction();
        boolean stop = tx != null && stopTransactionOnEvSideDisconnect;
        Facts next = (stop ? facts.withoutTransaction() : facts).withCable(false)
                .withSuspension(false, facts.evseSuspended());
        if (tx == null) {
            next = next.withAuthorization(null, null);
        }
        Transaction.Stop[] stopped = new Transaction.Stop[1];
        change(ConnectorEvent.PLUG_OUT, next, at, () -> {
            events.add(new CableUnplugged(id, at));
            if (stop) {
                stopped[0] = endTransaction(tx, StopReason.EVDisconnected, at);
            }
        });
        return Optional.ofNullable(stopped[0]);
    }

    // ---------------------------------------------------------------- authorization and transactions

    /**
     * An idTag was presented and accepted. The connector then waits (Preparing) for a cable, if
     * none is in, and for the transaction to start. On a reserved connector only the reservation's
     * idTag, or one sharing its parent, is admitted, and the reservation is then used.
     *
     * @param parentIdTag the parent of {@code idTag} as the Central System told it, or null
     */
    public void authorize(IdTag idTag, IdTag parentIdTag, Instant at) {
        authorize(idTag, parentIdTag, null, at);
    }

    /**
     * As {@link #authorize(IdTag, IdTag, Instant)}, for an idTag that uses a reservation of the
     * charge point as a whole: its transaction carries that reservation's id.
     *
     * @param chargePointReservation the reservation of connector 0 the idTag uses, or null
     */
    public void authorize(IdTag idTag, IdTag parentIdTag, Reservation chargePointReservation, Instant at) {
        Objects.requireNonNull(idTag, "idTag");
        ConnectorEvent event = ConnectorEvent.AUTHORIZE;
        checkCanAuthorize();
        Reservation reservation = facts.reservation();
        reject(reservation != null && !reservation.admits(idTag, parentIdTag), event, RESERVED);
        Integer reservationId = reservation != null ? Integer.valueOf(reservation.reservationId())
                : chargePointReservation != null ? Integer.valueOf(chargePointReservation.reservationId())
                : facts.sessionReservationId();
        change(event, facts.withAuthorization(idTag, reservationId), at, () -> {
            if (reservation != null) {
                events.add(new ReservationEnded(id, reservation, true, at));
            }
            events.add(new IdTagAuthorized(id, idTag, at));
        });
    }

    /**
     * Checks, before asking anyone about an idTag, that the connector could take one now: no
     * transaction runs, no fault is active and it is operative. (A reservation is checked when the
     * idTag and its parent are known.)
     *
     * @throws ConnectorRejectedException when it could not
     */
    public void checkCanAuthorize() {
        ConnectorEvent event = ConnectorEvent.AUTHORIZE;
        reject(facts.transaction() != null, event, TRANSACTION_RUNNING);
        reject(!faults.isEmpty(), event, FAULTED);
        reject(facts.inoperative(), event, UNAVAILABLE);
        if (id.isChargePoint()) {
            throw new IllegalTransitionException(id, status(), event, ConnectorStatus.Preparing);
        }
    }

    /**
     * Starts a transaction for the authorized idTag; a cable must be in. The meter's reading becomes
     * meterStart.
     */
    public Transaction startTransaction(Instant at) {
        ConnectorEvent event = ConnectorEvent.START_TRANSACTION;
        reject(facts.transaction() != null, event, TRANSACTION_RUNNING);
        reject(!faults.isEmpty(), event, FAULTED);
        reject(facts.inoperative(), event, UNAVAILABLE);
        reject(facts.authorized() == null, event, NOT_AUTHORIZED);
        reject(!facts.cablePlugged(), event, NO_CABLE);
        Transaction tx = new Transaction(facts.authorized(), meterReading(at), at, facts.sessionReservationId());
        change(event, facts.withTransaction(tx), at, () -> {
            lastTransaction = tx;
            events.add(new TransactionStarted(id, tx, at));
        });
        return tx;
    }

    /** Stops the running transaction; the meter's reading becomes meterStop. */
    public Transaction.Stop stopTransaction(StopReason reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        ConnectorEvent event = ConnectorEvent.STOP_TRANSACTION;
        Transaction tx = facts.transaction();
        reject(tx == null, event, NO_TRANSACTION);
        Transaction.Stop[] stopped = new Transaction.Stop[1];
        change(event, facts.withoutTransaction(), at, () -> stopped[0] = endTransaction(tx, reason, at));
        return stopped[0];
    }

    /**
     * Drops an authorized idTag whose cable never came (ConnectionTimeOut).
     *
     * @return whether there was such an idTag to drop
     */
    public boolean expireAuthorization(Instant at) {
        IdTag idTag = facts.authorized();
        if (idTag == null || facts.cablePlugged() || facts.transaction() != null) {
            return false;
        }
        change(ConnectorEvent.CONNECTION_TIMEOUT, facts.withAuthorization(null, null), at,
                () -> events.add(new AuthorizationExpired(id, idTag, at)));
        return true;
    }

    // ---------------------------------------------------------------- suspension

    /** The EV stops drawing energy (SuspendedEV during a transaction). */
    public void suspendByEv(Instant at) {
        setSuspension(ConnectorEvent.EV_SUSPEND, true, facts.evseSuspended(), facts.evSuspended(), at);
    }

    /** The EV draws energy again. */
    public void resumeByEv(Instant at) {
        setSuspension(ConnectorEvent.EV_RESUME, false, facts.evseSuspended(), !facts.evSuspended(), at);
    }

    /** The charge point stops offering energy (SuspendedEVSE during a transaction). */
    public void suspendByEvse(Instant at) {
        setSuspension(ConnectorEvent.EVSE_SUSPEND, facts.evSuspended(), true, facts.evseSuspended(), at);
    }

    /** The charge point offers energy again. */
    public void resumeByEvse(Instant at) {
        setSuspension(ConnectorEvent.EVSE_RESUME, facts.evSuspended(), false, !facts.evseSuspended(), at);
    }

    private void setSuspension(ConnectorEvent event, boolean ev, boolean evse, boolean alreadyThere, Instant at) {
        reject(facts.transaction() == null, event, NO_TRANSACTION);
        boolean suspending = event == ConnectorEvent.EV_SUSPEND || event == ConnectorEvent.EVSE_SUSPEND;
        reject(alreadyThere, event, suspending ? ALREADY_SUSPENDED : NOT_SUSPENDED);
        change(event, facts.withSuspension(ev, evse), at, () -> {
        });
    }

    // ---------------------------------------------------------------- reservation

    /** Reserves an Available connector for an idTag; a new reservation with the same id replaces the old. */
    public void reserve(Reservation reservation, Instant at) {
        Objects.requireNonNull(reservation, "reservation");
        ConnectorEvent event = ConnectorEvent.RESERVE;
        reject(!faults.isEmpty(), event, FAULTED);
        reject(facts.inoperative(), event, UNAVAILABLE);
        Reservation current = facts.reservation();
        boolean replacing = current != null && current.reservationId() == reservation.reservationId();
        reject(current != null && !replacing, event, RESERVED);
        reject(facts.status() != ConnectorStatus.Available && !replacing, event, OCCUPIED);
        change(event, facts.withReservation(reservation), at,
                () -> events.add(new ReservationMade(id, reservation, at)));
    }

    /** Ends the reservation, cancelled or expired; returns it. */
    public Reservation endReservation(Instant at) {
        ConnectorEvent event = ConnectorEvent.END_RESERVATION;
        Reservation current = facts.reservation();
        reject(current == null, event, NOT_RESERVED);
        change(event, facts.withReservation(null), at, () -> events.add(new ReservationEnded(id, current, false, at)));
        return current;
    }

    // ---------------------------------------------------------------- availability

    /**
     * Sets the connector Inoperative: now, or once the running transaction (or a session that is
     * preparing) has ended. A reservation ends with it.
     */
    public AvailabilityChange makeInoperative(Instant at) {
        ConnectorEvent event = ConnectorEvent.MAKE_INOPERATIVE;
        if (facts.inoperative()) {
            return AvailabilityChange.ACCEPTED;
        }
        Facts scheduled = facts.withAvailability(false, true);
        if (scheduled.settled() == scheduled) {
            change(event, scheduled, at, () -> {
            });
            return AvailabilityChange.SCHEDULED;
        }
        Reservation reservation = facts.reservation();
        change(event, facts.withAvailability(true, false), at, () -> {
            if (reservation != null) {
                events.add(new ReservationEnded(id, reservation, false, at));
            }
        });
        return AvailabilityChange.ACCEPTED;
    }

    /** Sets the connector Operative again, and drops a scheduled Inoperative. */
    public void makeOperative(Instant at) {
        change(ConnectorEvent.MAKE_OPERATIVE, facts.withAvailability(false, false), at, () -> {
        });
    }

    // ---------------------------------------------------------------- faults

    /** Activates a fault; a fault with the same error code replaces the earlier one. */
    public void injectFault(Fault fault, Instant at) {
        Objects.requireNonNull(fault, "fault");
        change(ConnectorEvent.FAULT, facts, at, () -> {
            faults.remove(fault.errorCode());
            faults.put(fault.errorCode(), fault);
            events.add(new FaultInjected(id, fault, at));
        });
    }

    /** Clears the active fault with the given code, or every fault when {@code errorCode} is null. */
    public List<Fault> clearFault(ChargePointErrorCode errorCode, Instant at) {
        ConnectorEvent event = ConnectorEvent.CLEAR_FAULT;
        reject(faults.isEmpty() || (errorCode != null && !faults.containsKey(errorCode)), event, NO_ACTIVE_FAULT);
        List<Fault> cleared = errorCode == null ? List.copyOf(faults.values()) : List.of(faults.get(errorCode));
        change(event, facts, at, () -> cleared.forEach(fault -> {
            faults.remove(fault.errorCode());
            events.add(new FaultCleared(id, fault, at));
        }));
        return cleared;
    }

    // ---------------------------------------------------------------- the machinery

    /**
     * Moves to {@code next}: checks the move of the underlying status against the OCPP table, then
     * applies the facts and {@code sideEffects}, reports a status change if the reported status or
     * error code changed, and sets the power that now flows. A scheduled Inoperative that the new
     * facts release is applied in the same move when OCPP allows the direct transition, otherwise
     * as a second step right after (for example Preparing, Available, Unavailable).
     */
    private void change(ConnectorEvent event, Facts next, Instant at, Runnable sideEffects) {
        Objects.requireNonNull(at, "at");
        ConnectorStatus from = facts.status();
        Facts settled = next.settled();
        boolean direct = settled == next || isAllowed(from, settled.status());
        Facts first = direct ? settled : next;
        if (!isAllowed(from, first.status())) {
            throw new IllegalTransitionException(id, from, event, first.status());
        }
        if (!isAllowed(first.status(), settled.status())) {
            throw new IllegalTransitionException(id, first.status(), ConnectorEvent.MAKE_INOPERATIVE, settled.status());
        }
        meter.advanceTo(at);
        ConnectorStatus reportedBefore = status();
        Optional<Fault> faultBefore = latestFault();
        facts = first;
        sideEffects.run();
        reportChange(reportedBefore, faultBefore, at);
        if (first != settled) {
            reportedBefore = status();
            faultBefore = latestFault();
            facts = settled;
            reportChange(reportedBefore, faultBefore, at);
        }
        meter.advanceTo(at, status() == ConnectorStatus.Charging ? chargingModel.chargingPower() : Power.ZERO);
    }

    private boolean isAllowed(ConnectorStatus from, ConnectorStatus to) {
        return from == to || StatusTransitions.isAllowed(id, from, to);
    }

    private void reportChange(ConnectorStatus reportedBefore, Optional<Fault> faultBefore, Instant at) {
        ConnectorStatus reportedAfter = status();
        Optional<Fault> faultAfter = latestFault();
        if (reportedBefore != reportedAfter || !faultBefore.equals(faultAfter)) {
            events.add(new StatusChanged(id, reportedBefore, reportedAfter, errorCode(),
                    faultAfter.map(Fault::info).orElse(null), faultAfter.map(Fault::vendorErrorCode).orElse(null),
                    at));
        }
    }

    private Transaction.Stop endTransaction(Transaction tx, StopReason reason, Instant at) {
        Transaction.Stop stop = tx.end(reason, meter.register(), at);
        events.add(new TransactionStopped(id, tx, stop, at));
        return stop;
    }

    private void reject(boolean condition, ConnectorEvent event, Reason reason) {
        if (condition) {
            throw new ConnectorRejectedException(id, status(), event, reason);
        }
    }

    @Override
    public String toString() {
        return "Connector[" + id + ", " + status() + ", " + facts + ", faults=" + faults.keySet() + "]";
    }
}
