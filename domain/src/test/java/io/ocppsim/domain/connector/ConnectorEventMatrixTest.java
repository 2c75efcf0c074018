package io.ocppsim.domain.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.connector.ConnectorDomainEvent.StatusChanged;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event in every status: the connector either reaches the expected status, with every
 * reported change allowed by the OCPP table, or refuses with the expected error and stays as it
 * was.
 *
 * <p>Cells: a status name is where the connector ends up; {@code !REASON} is a
 * {@link ConnectorRejectedException} with that reason; {@code >Status} is an
 * {@link IllegalTransitionException} naming that target.
 */
class ConnectorEventMatrixTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final IdTag TAG = IdTag.of("TAG1");

    /** How each status is reached from a new connector. */
    private static final Map<ConnectorStatus, Consumer<Connector>> RECIPES = new EnumMap<>(ConnectorStatus.class);

    static {
        RECIPES.put(ConnectorStatus.Available, c -> {
        });
        RECIPES.put(ConnectorStatus.Preparing, c -> c.plugIn(T0));
        RECIPES.put(ConnectorStatus.Charging, ConnectorEventMatrixTest::charge);
        RECIPES.put(ConnectorStatus.SuspendedEV, c -> {
            charge(c);
            c.suspendByEv(T0);
        });
        RECIPES.put(ConnectorStatus.SuspendedEVSE, c -> {
            charge(c);
            c.suspendByEvse(T0);
        });
        RECIPES.put(ConnectorStatus.Finishing, c -> {
            charge(c);
            c.stopTransaction(StopReason.Local, T0);
        });
        RECIPES.put(ConnectorStatus.Reserved, c -> c.reserve(reservation(), T0));
        RECIPES.put(ConnectorStatus.Unavailable, c -> c.makeInoperative(T0));
        RECIPES.put(ConnectorStatus.Faulted, c -> c.injectFault(Fault.of(ChargePointErrorCode.GroundFailure), T0));
    }

    private static final ConnectorEvent[] COLUMNS = {
        ConnectorEvent.PLUG_IN, ConnectorEvent.PLUG_OUT, ConnectorEvent.AUTHORIZE, ConnectorEvent.START_TRANSACTION,
        ConnectorEvent.STOP_TRANSACTION, ConnectorEvent.EV_SUSPEND, ConnectorEvent.EV_RESUME,
        ConnectorEvent.EVSE_SUSPEND, ConnectorEvent.EVSE_RESUME, ConnectorEvent.CONNECTION_TIMEOUT,
        ConnectorEvent.RESERVE, ConnectorEvent.END_RESERVATION, ConnectorEvent.MAKE_INOPERATIVE,
        ConnectorEvent.MAKE_OPERATIVE, ConnectorEvent.FAULT, ConnectorEvent.CLEAR_FAULT};

    // Columns:         PLUG_IN                    PLUG_OUT     AUTHORIZE             START_TRANSACTION     STOP_TRANSACTION   EV_SUSPEND          EV_RESUME        EVSE_SUSPEND       EVSE_RESUME      CONNECTION_TIMEOUT  RESERVE        END_RESERVATION  MAKE_INOPERATIVE  MAKE_OPERATIVE  FAULT    CLEAR_FAULT
    private static final Map<ConnectorStatus, String> PHYSICAL = Map.of(
        ConnectorStatus.Available,     "Preparing                  !NO_CABLE    Preparing             !NOT_AUTHORIZED       !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Available           Reserved       !NOT_RESERVED    Unavailable       Available       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Preparing,     "!CABLE_ALREADY_PLUGGED_IN  Available    Preparing             !NOT_AUTHORIZED       !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Preparing           !OCCUPIED      !NOT_RESERVED    Preparing         Preparing       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Charging,      "!CABLE_ALREADY_PLUGGED_IN  Available    !TRANSACTION_RUNNING  !TRANSACTION_RUNNING  Finishing          SuspendedEV         !NOT_SUSPENDED   SuspendedEVSE      !NOT_SUSPENDED   Charging            !OCCUPIED      !NOT_RESERVED    Charging          Charging        Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.SuspendedEV,   "!CABLE_ALREADY_PLUGGED_IN  Available    !TRANSACTION_RUNNING  !TRANSACTION_RUNNING  Finishing          !ALREADY_SUSPENDED  Charging         SuspendedEVSE      !NOT_SUSPENDED   SuspendedEV         !OCCUPIED      !NOT_RESERVED    SuspendedEV       SuspendedEV     Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.SuspendedEVSE, "!CABLE_ALREADY_PLUGGED_IN  Available    !TRANSACTION_RUNNING  !TRANSACTION_RUNNING  Finishing          SuspendedEVSE       !NOT_SUSPENDED   !ALREADY_SUSPENDED Charging         SuspendedEVSE       !OCCUPIED      !NOT_RESERVED    SuspendedEVSE     SuspendedEVSE   Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Finishing,     "!CABLE_ALREADY_PLUGGED_IN  Available    Preparing             !NOT_AUTHORIZED       !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Finishing           !OCCUPIED      !NOT_RESERVED    Unavailable       Finishing       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Reserved,      "Reserved                   !NO_CABLE    Preparing             !NOT_AUTHORIZED       !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Reserved            Reserved       Available        Unavailable       Reserved        Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Unavailable,   "Unavailable                !NO_CABLE    !UNAVAILABLE          !UNAVAILABLE          !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Unavailable         !UNAVAILABLE   !NOT_RESERVED    Unavailable       Available       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Faulted,       "Faulted                    !NO_CABLE    !FAULTED              !FAULTED              !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Faulted             !FAULTED       !NOT_RESERVED    Faulted           Faulted         Faulted  Available");

    // Connector 0 is the charge point: only Available, Unavailable and Faulted.
    private static final Map<ConnectorStatus, String> CHARGE_POINT = Map.of(
        ConnectorStatus.Available,     ">Preparing                 !NO_CABLE    >Preparing            !NOT_AUTHORIZED       !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Available           >Reserved      !NOT_RESERVED    Unavailable       Available       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Unavailable,   ">Preparing                 !NO_CABLE    !UNAVAILABLE          !UNAVAILABLE          !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Unavailable         !UNAVAILABLE   !NOT_RESERVED    Unavailable       Available       Faulted  !NO_ACTIVE_FAULT",
        ConnectorStatus.Faulted,       ">Preparing                 !NO_CABLE    !FAULTED              !FAULTED              !NO_TRANSACTION    !NO_TRANSACTION     !NO_TRANSACTION  !NO_TRANSACTION    !NO_TRANSACTION  Faulted             !FAULTED       !NOT_RESERVED    Faulted           Faulted         Faulted  Available");

    static Stream<Arguments> physicalCells() {
        return cells(1, PHYSICAL);
    }

    static Stream<Arguments> chargePointCells() {
        return cells(0, CHARGE_POINT);
    }

    private static Stream<Arguments> cells(int connectorId, Map<ConnectorStatus, String> table) {
        List<Arguments> cells = new ArrayList<>();
        for (ConnectorStatus status : ConnectorStatus.values()) {
            String row = table.get(status);
            if (row == null) {
                continue;
            }
            String[] expected = row.trim().split("\\s+");
            assertThat(expected).as("row %s", status).hasSize(COLUMNS.length);
            for (int i = 0; i < COLUMNS.length; i++) {
                cells.add(Arguments.of(connectorId, status, COLUMNS[i], expected[i]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "connector {0}: {1} + {2} -> {3}")
    @MethodSource({"physicalCells", "chargePointCells"})
    void eventInStatus(int connectorId, ConnectorStatus status, ConnectorEvent event, String expected) {
        Connector connector = new Connector(ConnectorId.of(connectorId), ChargingSetup.constant(Power.ofWatts(7000)), 0,
                Energy.ZERO, T0);
        RECIPES.get(status).accept(connector);
        assertThat(connector.status()).as("recipe for %s", status).isEqualTo(status);
        connector.pullEvents();
        String before = connector.toString();

        if (expected.startsWith("!")) {
            var reason = ConnectorRejectedException.Reason.valueOf(expected.substring(1));
            assertThatThrownBy(() -> apply(connector, event))
                    .isInstanceOfSatisfying(ConnectorRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(reason);
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.event()).isEqualTo(event);
                    });
            assertUnchanged(connector, before);
        } else if (expected.startsWith(">")) {
            var target = ConnectorStatus.valueOf(expected.substring(1));
            assertThatThrownBy(() -> apply(connector, event))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.event()).isEqualTo(event);
                        assertThat(e.to()).isEqualTo(target);
                        assertThat(StatusTransitions.isAllowed(connector.id(), e.from(), e.to())).isFalse();
                        assertThat(e.getMessage()).contains(e.from().name(), event.name(), target.name());
                    });
            assertUnchanged(connector, before);
        } else {
            apply(connector, event);
            assertThat(connector.status()).isEqualTo(ConnectorStatus.valueOf(expected));
            for (var change : connector.pullEvents()) {
                if (change instanceof StatusChanged sc && sc.from() != sc.to()) {
                    assertThat(StatusTransitions.isAllowed(connector.id(), sc.from(), sc.to()))
                            .as("reported %s -> %s", sc.from(), sc.to()).isTrue();
                }
            }
        }
    }

    private static void assertUnchanged(Connector connector, String before) {
        assertThat(connector.toString()).isEqualTo(before);
        assertThat(connector.pullEvents()).isEmpty();
    }

    private static void apply(Connector c, ConnectorEvent event) {
        Instant at = T0.plusSeconds(10);
        switch (event) {
            case PLUG_IN -> c.plugIn(at);
            case PLUG_OUT -> c.plugOut(at, true);
            case AUTHORIZE -> c.authorize(TAG, null, at);
            case START_TRANSACTION -> c.startTransaction(at);
            case STOP_TRANSACTION -> c.stopTransaction(StopReason.Local, at);
            case EV_SUSPEND -> c.suspendByEv(at);
            case EV_RESUME -> c.resumeByEv(at);
            case EVSE_SUSPEND -> c.suspendByEvse(at);
            case EVSE_RESUME -> c.resumeByEvse(at);
            case CONNECTION_TIMEOUT -> c.expireAuthorization(at);
            case RESERVE -> c.reserve(reservation(), at);
            case END_RESERVATION -> c.endReservation(at);
            case MAKE_INOPERATIVE -> c.makeInoperative(at);
            case MAKE_OPERATIVE -> c.makeOperative(at);
            case FAULT -> c.injectFault(Fault.of(ChargePointErrorCode.HighTemperature), at);
            case CLEAR_FAULT -> c.clearFault(null, at);
        }
    }

    private static void charge(Connector c) {
        c.plugIn(T0);
        c.authorize(TAG, null, T0);
        c.startTransaction(T0);
    }

    private static Reservation reservation() {
        return new Reservation(7, TAG, null, T0.plusSeconds(3600));
    }
}
