package io.ocppsim.adapter.ocpp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusGuardTest extends SandboxTestSupport {

    @Test
    void aStatusMoveTheOcppTableDoesNotAllowIsAViolation() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Available"));
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Available"));
        assertThat(cs.violations()).isEmpty();

        chargePoint.callOk("StatusNotification", Payloads.status(1, "Finishing"));

        assertThat(cs.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.STATUS);
            assertThat(v.detail()).contains("from Available to Finishing");
        });
    }

    @Test
    void chargingWithoutATransactionAndAvailableDuringOneAreViolations() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Preparing"));
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Charging"));
        assertThat(cs.violations()).extracting(Violation::detail)
                .containsExactly("connector 1 reported Charging without a running transaction (StartTransaction first)");

        chargePoint.callOk("StartTransaction", Payloads.startTransaction(2, "TAG-1", 0));
        chargePoint.callOk("StatusNotification", Payloads.status(2, "Available"));
        assertThat(cs.violations()).extracting(Violation::detail).last().asString()
                .contains("connector 2 reported Available while transaction").contains("still runs");
    }

    @Test
    void connectorZeroOnlyReportsChargePointStatuses() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StatusNotification", Payloads.status(0, "Preparing"));
        assertThat(cs.violations()).extracting(Violation::detail).anySatisfy(d -> assertThat(d)
                .contains("connector 0 reported Preparing"));
    }

    @Test
    void afterABootEachConnectorIsJudgedAfresh() {
        TestChargePoint chargePoint = booted("CP-1");
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Available"));
        chargePoint.callOk("BootNotification", Payloads.boot());
        chargePoint.callOk("StatusNotification", Payloads.status(1, "Finishing"));
        assertThat(cs.violations()).isEmpty();
    }
}
