package io.ocppsim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.chargepoint.ChargePoint;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.transaction.IdTag;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    private static void assertInvalid(ThrowingCallable call, String field, String reasonFragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reasonFragment);
        });
    }

    @Test
    void idTagHoldsAtMostTwentyPrintableCharacters() {
        assertThat(IdTag.of("12345678901234567890").value()).hasSize(20);
        assertInvalid(() -> IdTag.of("123456789012345678901"), "idTag", "at most 20 characters, was 21");
        assertInvalid(() -> IdTag.of(" "), "idTag", "blank");
        assertInvalid(() -> IdTag.of(null), "idTag", "required");
        assertInvalid(() -> IdTag.of("caf\u00e9"), "idTag", "printable ASCII");
        assertThat(IdTag.of("AbC").sameAs(IdTag.of("abc"))).isTrue();
    }

    @Test
    void connectorIdIsBetweenZeroAndAHundred() {
        assertThat(ConnectorId.of(0).isChargePoint()).isTrue();
        assertThat(ConnectorId.of(100).value()).isEqualTo(100);
        assertInvalid(() -> ConnectorId.of(101), "connectorId", "between 0 and 100");
        assertInvalid(() -> ConnectorId.of(-1), "connectorId", "between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP 1", "CP/1", "CP:1", "CP#1", "CP?1", "CP%1", "CP{1}", "CP|1", "CP\u00e91",
        "1234567890123456789012345678901234567890123456789"})
    void chargePointIdFitsAUrlPathAndABasicAuthUser(String bad) {
        assertThatThrownBy(() -> ChargePointId.of(bad)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("chargePointId:");
    }

    @Test
    void faultIsNeverNoErrorAndItsTextsFitStatusNotification() {
        assertInvalid(() -> Fault.of(ChargePointErrorCode.NoError), "errorCode", "NoError is not a fault");
        assertInvalid(() -> new Fault(ChargePointErrorCode.OtherError, "x".repeat(51), null), "info", "at most 50");
        assertInvalid(() -> new Fault(ChargePointErrorCode.OtherError, null, "x".repeat(51)), "vendorErrorCode",
                "at most 50");
        assertThat(ChargePointErrorCode.values()).hasSize(16);
    }

    @Test
    void energyAndPowerAreNeverNegative() {
        assertInvalid(() -> Energy.ofWattHours(-0.1), "energy", ">= 0");
        assertInvalid(() -> Power.ofWatts(Double.NaN), "power", "finite");
        assertThat(Energy.ofWattHours(12.99).wholeWattHours()).isEqualTo(12);
    }

    @Test
    void vendorInfoKeepsToBootNotificationLimits() {
        assertInvalid(() -> VendorInfo.of("v".repeat(21), "model", null), "chargePointVendor", "at most 20");
        assertInvalid(() -> VendorInfo.of("vendor", "", null), "chargePointModel", "blank");
        assertInvalid(() -> VendorInfo.of("vendor", "model", "f".repeat(51)), "firmwareVersion", "at most 50");
    }

    @Test
    void chargePointHasConnectorZeroAndOneToAHundredConnectors() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        ChargePoint cp = new ChargePoint(ChargePointId.of("CP1"), VendorInfo.of("V", "M", "1.0"), 2,
                ChargingSetup.constant(Power.ofWatts(11000)), now);
        assertThat(cp.connectors()).extracting(c -> c.id().value()).containsExactly(1, 2);
        assertThat(cp.allConnectors()).extracting(c -> c.id().value()).containsExactly(0, 1, 2);
        assertThat(cp.connector(ConnectorId.of(2))).isPresent();
        assertThat(cp.connector(ConnectorId.of(3))).isEmpty();
        assertThat(cp.connector(ConnectorId.CHARGE_POINT)).contains(cp.chargePointConnector());
        assertInvalid(() -> new ChargePoint(ChargePointId.of("CP1"), VendorInfo.of("V", "M", null), 0,
                ChargingSetup.constant(Power.ofWatts(1)), now), "connectorCount", "between 1 and 100");
        assertInvalid(() -> new ChargePoint(ChargePointId.of("CP1"), VendorInfo.of("V", "M", null), 101,
                ChargingSetup.constant(Power.ofWatts(1)), now), "connectorCount", "between 1 and 100");
    }
}
