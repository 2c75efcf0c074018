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
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.TARGET_REACHED;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.TRANSACTION_RUNNING;
import static io.ocppsim.domain.connector.ConnectorRejectedException.Reason.UNAVAILABLE;

import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.charging.MeterReadings;
import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.ev.EvBattery;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.physics.Drift;
import io.ocppsim.domain.physics.ElectricalModel;
import io.ocppsim.domain.physics.ElectricalState;
import io.ocppsim.domain.physics.MeasurementNoise;
import io.ocppsim.domain.physics.PowerIntegrator;
import io.ocppsim.domain.physics.ThermalModel;
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
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

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
            Reservation reservation, boolean inoperative, boolean inoperativeScheduled, boolean evFull,
            boolean noOffer) {

        static final Facts IDLE = new Facts(false, null, null, null, false, false, false, null, false, false, false,
                false);

        ConnectorStatus status() {
            if (transaction != null) {
                if (evseSuspended || noOffer) {
                    return ConnectorStatus.SuspendedEVSE;
                }
                return evSuspended || evFull || !cablePlugged ? ConnectorStatus.SuspendedEV : ConnectorStatus.Charging;
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
                return new Facts(cablePlugged, null, null, null, evSuspended, evseSuspended, false, null, true, false,
                        evFull, noOffer);
            }
            return this;
        }

        Facts withCable(boolean plugged) {
            return new Facts(plugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    plugged && finishing, reservation, inoperative, inoperativeScheduled, evFull, noOffer);
        }

        Facts withAuthorization(IdTag idTag, Integer reservationId) {
            return new Facts(cablePlugged, idTag, reservationId, transaction, evSuspended, evseSuspended, false,
                    idTag != null && reservationId != null ? null : reservation, inoperative, inoperativeScheduled,
                    evFull, noOffer);
        }

        /** A transaction starts; the EV and the EVSE start out offering and drawing energy. */
        Facts withTransaction(Transaction tx) {
            return new Facts(cablePlugged, null, null, tx, false, false, false, reservation, inoperative,
                    inoperativeScheduled, evFull, noOffer);
        }

        /** The transaction ends; suspensions belonged to it and end with it. */
        Facts withoutTransaction() {
            return new Facts(cablePlugged, null, null, null, false, false, cablePlugged, reservation, inoperative,
                    inoperativeScheduled, evFull, noOffer);
        }

        Facts withEv(boolean full) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    finishing, reservation, inoperative, inoperativeScheduled, full, noOffer);
        }

        Facts withOffer(boolean none) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    finishing, reservation, inoperative, inoperativeScheduled, evFull, none);
        }

        Facts withSuspension(boolean ev, boolean evse) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, ev, evse, finishing,
                    reservation, inoperative, inoperativeScheduled, evFull, noOffer);
        }

        Facts withReservation(Reservation r) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    finishing, r, inoperative, inoperativeScheduled, evFull, noOffer);
        }

        Facts withAvailability(boolean isInoperative, boolean scheduled) {
            return new Facts(cablePlugged, authorized, sessionReservationId, transaction, evSuspended, evseSuspended,
                    isInoperative ? false : finishing, isInoperative ? null : reservation, isInoperative, scheduled,
                    evFull, noOffer);
        }
    }

    private final ConnectorId id;
    private final ChargingSetup setup;
    private final EnergyMeter meter;
    private final ThermalModel thermal;
    private final Drift voltageDrift;
    private final MeasurementNoise noise;
    private final RandomGenerator demandRandom;
    private final RandomGenerator driftRandom;
    private final RandomGenerator noiseRandom;
    private final Map<ChargePointErrorCode, Fault> faults = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private Facts facts = Facts.IDLE;
    private Transaction lastTransaction;
    private EvBattery ev;
    private Power limit;
    private Instant physicsAt;

    /**
     * A connector that is Available, with its meter at {@code meterReading}.
     *
     * @param setup its EVSE, meter, charging pattern and default EV
     * @param seed where its random draws start (the EV's variable demand, the voltage's drift and the
     *     measurement noise each draw from their own stream, so that reading a value never changes
     *     what is simulated)
     * @param now the simulator's time: the meter integrates from here
     */
    public Connector(ConnectorId id, ChargingSetup setup, long seed, Energy meterReading, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.meter = new EnergyMeter(meterReading, now);
        MeterSetup m = setup.meter();
        this.thermal = new ThermalModel(m.ambientC(), m.temperatureRiseC(), m.thermalTimeConstant());
        this.voltageDrift = new Drift(m.driftRatePerHour(), m.driftBound());
        this.noise = new MeasurementNoise(m.noiseSigma());
        SplittableRandom root = new SplittableRandom(seed);
        this.demandRandom = root.split();
        this.driftRandom = root.split();
        this.noiseRandom = root.split();
        this.physicsAt = now;
    }

    /** A connector that delivers exactly {@code power} while Charging (see {@link ChargingSetup#constant}). */
    public Connector(ConnectorId id, Power power, Energy meterReading, Instant now) {
        this(id, ChargingSetup.constant(power), 0, meterReading, now);
    }

    public ConnectorId id() {
        return id;
    }

    /**
     * The status OCPP reports: Faulted while a fault that stops energy is active, otherwise the
     * status of the facts (a fault that is only reported shows in {@link #errorCode()}).
     */
    public ConnectorStatus status() {
        return isFaulted() ? ConnectorStatus.Faulted : facts.status();
    }

    private boolean isFaulted() {
        for (ChargePointErrorCode code : faults.keySet()) {
            if (code.makesFaulted()) {
                return true;
            }
        }
        return false;
    }

    /** The status underneath any fault: what the connector returns to once the faults clear. */
    public ConnectorStatus underlyingStatus() {
        return facts.status();
    }

    /** The error code to report: the latest active fault's (while Faulted, of one that stops energy), or NoError. */
    public ChargePointErrorCode errorCode() {
        return latestFault().map(Fault::errorCode).orElse(ChargePointErrorCode.NoError);
    }

    /** The active faults, oldest first. */
    public List<Fault> activeFaults() {
        return List.copyOf(faults.values());
    }

    /**
     * The fault StatusNotification reports: the latest active one, or while the connector is Faulted
     * the latest of those that stop energy, so a fault that is only reported never hides the cause.
     */
    public Optional<Fault> latestFault() {
        boolean faulted = isFaulted();
        Fault latest = null;
        for (Fault f : faults.values()) {
            if (!faulted || f.errorCode().makesFaulted()) {
                latest = f;
            }
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
        return facts.authorized() != null && facts.cablePlugged() && facts.transaction() == null && !isFaulted()
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

    public ChargingSetup setup() {
        return setup;
    }

    /** The EV plugged in, if a cable is in. */
    public Optional<EvBattery> ev() {
        return Optional.ofNullable(ev);
    }

    /** The smart-charging limit the connector obeys, if one is set. */
    public Optional<Power> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * What the EVSE offers now: its maximum for the phases in use (a 1-phase EV on a 3-phase EVSE
     * gets a third), capped by the limit; zero while it offers nothing (SuspendedEVSE, or a fault
     * that stops energy).
     */
    public Power offeredPower() {
        if (isFaulted() || facts.noOffer() || facts.evseSuspended()) {
            return Power.ZERO;
        }
        MeterSetup m = setup.meter();
        Power max = Power.ofWatts(m.maxPower().watts() * phasesInUse() / m.phases());
        return limit != null && limit.compareTo(max) < 0 ? limit : max;
    }

    /** The phases current flows on: those both the EVSE and the EV plugged in have (the EVSE's without an EV). */
    public int phasesInUse() {
        int evse = setup.meter().phases();
        return ev == null ? evse : Math.min(evse, ev.profile().phases());
    }

    /** The energy register at {@code now}: the simulation advances to that instant first. */
    public Energy meterReading(Instant now) {
        integrateTo(now);
        return meter.register();
    }

    /**
     * What the meter reads at {@code now}, the simulation advanced to that instant first.
     *
     * @param measured true: as a real meter measures, with its noise (takes draws from the noise
     *     stream only); false: the true values, for display
     */
    public MeterReadings readings(Instant now, boolean measured) {
        integrateTo(now);
        ElectricalModel model = electricalModel();
        ElectricalState state = measured ? model.measure(meter.power(), noise, voltageDrift, noiseRandom)
                : model.measure(meter.power(), MeasurementNoise.NONE, voltageDrift, null);
        Power offered = offeredPower();
        double offeredCurrent = model.currentPerPhaseA(offered);
        return new MeterReadings(now, meter.register(), state, thermal.temperatureC(),
                ev == null ? null : ev.soc(), offered, offeredCurrent);
    }

    /** The meter's values of every measurand it knows at {@code now}, as a real meter measures them. */
    public MeterSample sample(Instant now, ReadingContext context) {
        return readings(now, true).sample(context);
    }

    /**
     * Lets the simulation run up to {@code now}: energy flows into the register and the EV's battery,
     * the cable warms or cools, the voltage drifts; then the EV's demand is worked out again (a
     * variable pattern draws anew, a tapered one follows the state of charge). An EV that reached its
     * target stops drawing: SuspendedEV during a transaction. Call it at the setup's update interval
     * while a transaction runs.
     */
    public void advance(Instant now) {
        integrateTo(now);
        boolean full = ev != null && ev.reachedTarget();
        if (full != facts.evFull()) {
            change(ConnectorEvent.EV_TARGET_REACHED, facts.withEv(full), now, () -> {
            });
        } else {
            refreshPower(now);
        }
    }

    /**
     * The smart-charging limit in force changed: from now on the EVSE offers at most {@code newLimit}
     * (null: no limit, only its maximum). A limit of zero suspends a transaction (SuspendedEVSE)
     * until it rises again.
     */
    public void limitTo(Power newLimit, Instant now) {
        if (Objects.equals(newLimit, limit)) {
            return; // nothing changes, and the EV's demand is not drawn again
        }
        integrateTo(now);
        this.limit = newLimit;
        boolean none = newLimit != null && newLimit.watts() <= 0;
        if (none != facts.noOffer()) {
            change(ConnectorEvent.LIMIT_CHANGED, facts.withOffer(none), now, () -> {
            });
        } else {
            refreshPower(now);
        }
    }

    /** Hands out the events since the last call, oldest first. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }

    // ---------------------------------------------------------------- cable

    /** A cable is plugged in, with the setup's default EV on its other end. */
    public void plugIn(Instant at) {
        plugIn(setup.defaultEv(), at);
    }

    /** A cable is plugged in, with {@code profile}'s EV on its other end. */
    public void plugIn(EvProfile profile, Instant at) {
        Objects.requireNonNull(profile, "profile");
        if (id.isChargePoint()) {
            throw new IllegalTransitionException(id, status(), ConnectorEvent.PLUG_IN, ConnectorStatus.Preparing);
        }
        reject(facts.cablePlugged(), ConnectorEvent.PLUG_IN, CABLE_ALREADY_PLUGGED_IN);
        EvBattery battery = new EvBattery(profile);
        change(ConnectorEvent.PLUG_IN, facts.withCable(true).withEv(battery.reachedTarget()), at, () -> {
            ev = battery;
            events.add(new CablePluggedIn(id, at));
        });
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
                .withSuspension(false, facts.evseSuspended()).withEv(false);
        if (tx == null) {
            next = next.withAuthorization(null, null);
        }
        Transaction.Stop[] stopped = new Transaction.Stop[1];
        change(ConnectorEvent.PLUG_OUT, next, at, () -> {
            ev = null;
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
        reject(isFaulted(), event, FAULTED);
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
        reject(isFaulted(), event, FAULTED);
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

    /** The EV stops drawing energy (SuspendedEV during a transaction); an EV at its target already has. */
    public void suspendByEv(Instant at) {
        setSuspension(ConnectorEvent.EV_SUSPEND, true, facts.evseSuspended(), facts.evSuspended() || facts.evFull(),
                at);
    }

    /** The EV draws energy again; refused once its battery is at its target. */
    public void resumeByEv(Instant at) {
        reject(facts.transaction() != null && facts.evFull() && !facts.evSuspended(), ConnectorEvent.EV_RESUME,
                TARGET_REACHED);
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
        reject(isFaulted(), event, FAULTED);
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

    /**
     * Activates a fault; a fault with the same error code replaces the earlier one. What it does
     * follows its code's {@link io.ocppsim.domain.fault.FaultEffect}: it is only reported, or the
     * connector reports Faulted and delivers no energy, and for some codes a running transaction
     * stops with the code's stop reason.
     *
     * @return how the transaction stopped, if the fault stopped one
     */
    public Optional<Transaction.Stop> injectFault(Fault fault, Instant at) {
        Objects.requireNonNull(fault, "fault");
        Transaction tx = facts.transaction();
        Optional<StopReason> stopReason = tx == null ? Optional.empty() : fault.errorCode().stopReason();
        Transaction.Stop[] stopped = new Transaction.Stop[1];
        Facts next = stopReason.isPresent() ? facts.withoutTransaction() : facts;
        change(ConnectorEvent.FAULT, next, at, () -> {
            faults.remove(fault.errorCode());
            faults.put(fault.errorCode(), fault);
            events.add(new FaultInjected(id, fault, at));
            stopReason.ifPresent(reason -> stopped[0] = endTransaction(tx, reason, at));
        });
        return Optional.ofNullable(stopped[0]);
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
        integrateTo(at);
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
        refreshPower(at);
    }

    /** Works out the power flowing from {@code at} on: the EV's demand, capped by the offer, while Charging. */
    private void refreshPower(Instant at) {
        Power power = Power.ZERO;
        if (status() == ConnectorStatus.Charging && ev != null) {
            power = ev.acceptablePower(setup.pattern(), offeredPower(), phasesInUse(), demandRandom);
        }
        meter.advanceTo(at, power);
    }

    /**
     * Integrates the power held since the last step up to {@code to}: the register and the battery
     * gain {@code P x dt}, the cable heads for the temperature of the load, the voltage drifts. An EV
     * that reaches its target within the step stops drawing exactly there.
     */
    private void integrateTo(Instant to) {
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(physicsAt)) {
            return;
        }
        Power power = meter.power();
        if (ev != null && power.watts() > 0) {
            Optional<Duration> untilFull = PowerIntegrator.timeToDeliver(ev.energyToTarget(), power);
            if (untilFull.isPresent() && Duration.between(physicsAt, to).compareTo(untilFull.get()) > 0) {
                Instant full = physicsAt.plus(untilFull.get());
                step(full, power);
                meter.advanceTo(full, Power.ZERO);
                power = Power.ZERO;
            }
        }
        step(to, power);
    }

    private void step(Instant to, Power power) {
        Duration dt = Duration.between(physicsAt, to);
        Energy before = meter.register();
        meter.advanceTo(to);
        if (ev != null) {
            ev.charge(Energy.ofWattHours(meter.register().wattHours() - before.wattHours()));
        }
        thermal.advance(dt, power.watts() / setup.meter().maxPower().watts());
        voltageDrift.advance(dt, driftRandom);
        physicsAt = to;
    }

    private ElectricalModel electricalModel() {
        return setup.meter().electricalModel(phasesInUse());
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
