package io.ocppsim.domain.chargepoint;

import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.common.DomainEvent;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.Optional;

/**
 * A charge point: its identity, what it tells about itself, connector 0 (the charge point as a
 * whole, which only knows Available, Unavailable and Faulted) and its 1 to 100 connectors.
 *
 * <p>Not thread-safe: the application serializes the operations on one charge point.
 */
public final class ChargePoint {

    public static final int MAX_CONNECTORS = ConnectorId.MAX;

    private final ChargePointId id;
    private VendorInfo vendorInfo;
    private final Connector chargePointConnector;
    private final List<Connector> connectors;

    /**
     * @param connectorCount the number of physical connectors, 1 to {@value #MAX_CONNECTORS}
     * @param setups how each connector (1..N, and 0) charges
     * @param seed where the connectors' random draws start; each connector draws from its own stream
     * @param now the simulator's time when the charge point comes to be
     */
    public ChargePoint(ChargePointId id, VendorInfo vendorInfo, int connectorCount, IntFunction<ChargingSetup> setups,
            long seed, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.vendorInfo = Objects.requireNonNull(vendorInfo, "vendorInfo");
        if (connectorCount < 1 || connectorCount > MAX_CONNECTORS) {
            throw new InvalidValueException("connectorCount",
                    "must be between 1 and " + MAX_CONNECTORS + ", was " + connectorCount);
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        this.chargePointConnector = new Connector(ConnectorId.CHARGE_POINT, setups.apply(0), seeds.nextLong(),
                Energy.ZERO, now);
        List<Connector> list = new ArrayList<>(connectorCount);
        for (int i = 1; i <= connectorCount; i++) {
            list.add(new Connector(ConnectorId.of(i), setups.apply(i), seeds.nextLong(), Energy.ZERO, now));
        }
        this.connectors = List.copyOf(list);
    }

    /** A charge point whose connectors all charge as {@code setup} says. */
    public ChargePoint(ChargePointId id, VendorInfo vendorInfo, int connectorCount, ChargingSetup setup, Instant now) {
        this(id, vendorInfo, connectorCount, n -> setup, 0, now);
    }

    public ChargePointId id() {
        return id;
    }

    public VendorInfo vendorInfo() {
        return vendorInfo;
    }

    /** New firmware was installed: BootNotification reports {@code firmwareVersion} from now on. */
    public void installFirmware(String firmwareVersion) {
        vendorInfo = vendorInfo.withFirmwareVersion(firmwareVersion);
    }

    /** The physical connectors, 1 to N, in order. */
    public List<Connector> connectors() {
        return connectors;
    }

    /** Connector 0 and then the physical connectors. */
    public List<Connector> allConnectors() {
        List<Connector> all = new ArrayList<>(connectors.size() + 1);
        all.add(chargePointConnector);
        all.addAll(connectors);
        return all;
    }

    public int connectorCount() {
        return connectors.size();
    }

    /** The connector with that id, 0 included, if the charge point has it. */
    public Optional<Connector> connector(ConnectorId connectorId) {
        if (connectorId.isChargePoint()) {
            return Optional.of(chargePointConnector);
        }
        int index = connectorId.value() - 1;
        return index < connectors.size() ? Optional.of(connectors.get(index)) : Optional.empty();
    }

    /** Connector 0: the charge point as a whole. */
    public Connector chargePointConnector() {
        return chargePointConnector;
    }

    /**
     * Activates {@code fault} on a connector. A fault of connector 0 that stops energy (see
     * {@link io.ocppsim.domain.fault.FaultEffect}) is the whole charge point's: every connector gets
     * it too, with its effect on a running transaction.
     *
     * @throws InvalidValueException when the charge point has no such connector
     */
    public void injectFault(ConnectorId connectorId, Fault fault, Instant at) {
        Connector target = require(connectorId);
        target.injectFault(fault, at);
        if (target == chargePointConnector && fault.errorCode().makesFaulted()) {
            connectors.forEach(each -> each.injectFault(fault, at));
        }
    }

    /**
     * Clears the fault with {@code errorCode} on a connector, or all its faults when it is null; a
     * fault connector 0 passed on to every connector clears there too.
     *
     * @return the faults cleared on the connector named
     */
    public List<Fault> clearFault(ConnectorId connectorId, ChargePointErrorCode errorCode, Instant at) {
        Connector target = require(connectorId);
        List<Fault> cleared = target.clearFault(errorCode, at);
        if (target == chargePointConnector) {
            for (Fault fault : cleared) {
                for (Connector each : connectors) {
                    if (each.activeFaults().stream().anyMatch(active -> active == fault)) {
                        each.clearFault(fault.errorCode(), at);
                    }
                }
            }
        }
        return cleared;
    }

    private Connector require(ConnectorId connectorId) {
        return connector(connectorId).orElseThrow(() -> new InvalidValueException("connectorId",
                "must be between 0 and " + connectors.size() + ", was " + connectorId.value()));
    }

    /** The events of all connectors since the last call, connector 0 first. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = new ArrayList<>();
        for (Connector connector : allConnectors()) {
            events.addAll(connector.pullEvents());
        }
        return events;
    }

    @Override
    public String toString() {
        return "ChargePoint[" + id + ", " + connectors.size() + " connectors]";
    }
}
