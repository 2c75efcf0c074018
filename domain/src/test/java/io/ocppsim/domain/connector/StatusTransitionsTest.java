package io.ocppsim.domain.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link StatusTransitions} against the OCPP 1.6 table, written out here a second time, cell
 * by cell, in the layout of the specification (row = from, column = to; x = allowed).
 */
class StatusTransitionsTest {

    private static final ConnectorStatus[] ORDER = {
        ConnectorStatus.Available, ConnectorStatus.Preparing, ConnectorStatus.Charging, ConnectorStatus.SuspendedEV,
        ConnectorStatus.SuspendedEVSE, ConnectorStatus.Finishing, ConnectorStatus.Reserved,
        ConnectorStatus.Unavailable, ConnectorStatus.Faulted};

    //                           Av Pr Ch EV SE Fi Re Un Fa
    private static final String[] TABLE = {
        /* Available     */ "    -  x  x  x  x  .  x  x  x",
        /* Preparing     */ "    x  -  x  x  x  x  .  .  x",
        /* Charging      */ "    x  .  -  x  x  x  .  x  x",
        /* SuspendedEV   */ "    x  .  x  -  x  x  .  x  x",
        /* SuspendedEVSE */ "    x  .  x  x  -  x  .  x  x",
        /* Finishing     */ "    x  x  .  .  .  -  .  x  x",
        /* Reserved      */ "    x  x  .  .  .  .  -  x  x",
        /* Unavailable   */ "    x  x  x  x  x  .  .  -  x",
        /* Faulted       */ "    x  x  x  x  x  x  x  x  -",
    };

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (int row = 0; row < ORDER.length; row++) {
            String[] cells = TABLE[row].trim().split("\\s+");
            for (int col = 0; col < ORDER.length; col++) {
                pairs.add(Arguments.of(ORDER[row], ORDER[col], cells[col].equals("x")));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyPair")
    void physicalConnectorFollowsTheOcppTable(ConnectorStatus from, ConnectorStatus to, boolean allowed) {
        assertThat(StatusTransitions.isAllowed(from, to)).isEqualTo(allowed);
        assertThat(StatusTransitions.isAllowed(ConnectorId.of(1), from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "connector 0: {0} -> {1}")
    @MethodSource("everyPair")
    void connectorZeroOnlyReachesAvailableUnavailableAndFaulted(ConnectorStatus from, ConnectorStatus to,
            boolean allowed) {
        boolean chargePointStatus = to == ConnectorStatus.Available || to == ConnectorStatus.Unavailable
                || to == ConnectorStatus.Faulted;
        assertThat(StatusTransitions.isAllowed(ConnectorId.CHARGE_POINT, from, to))
                .isEqualTo(allowed && chargePointStatus);
    }
}
