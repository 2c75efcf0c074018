package io.ocppsim.domain.ev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Power;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EvProfileTest {

    @Test
    void theDefaultIsASixtyKilowattHourEvChargingFromTwentyToEightyPercentAtSevenKilowattsOnOnePhase() {
        EvProfile ev = EvProfile.DEFAULT;
        assertThat(ev.batteryCapacityWh()).isEqualTo(60_000);
        assertThat(ev.initialSocPercent()).isEqualTo(20);
        assertThat(ev.targetSocPercent()).isEqualTo(80);
        assertThat(ev.maxAcPowerW()).isEqualTo(7_400);
        assertThat(ev.phases()).isEqualTo(1);
        assertThat(ev.batteryCapacity()).isEqualTo(Energy.ofWattHours(60_000));
        assertThat(ev.maxAcPower()).isEqualTo(Power.ofWatts(7_400));
    }

    @Test
    void onFewerPhasesTheOnBoardChargerDrawsItsShareOfThem() {
        EvProfile threePhase = new EvProfile(60_000, 20, 80, 11_000, 3);
        assertThat(threePhase.maxAcPowerOn(3)).isEqualTo(Power.ofWatts(11_000));
        assertThat(threePhase.maxAcPowerOn(1).watts()).isCloseTo(11_000 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(EvProfile.DEFAULT.maxAcPowerOn(3)).as("a single-phase charger uses one phase")
                .isEqualTo(Power.ofWatts(7_400));
        assertInvalid(() -> threePhase.maxAcPowerOn(0), "phasesInUse");
    }

    @Test
    void acceptsTheEdgesOfItsRanges() {
        assertThat(new EvProfile(1, 0, 0, 1, 1).targetSocPercent()).isZero();
        assertThat(new EvProfile(100_000, 100, 100, 22_000, 3).initialSocPercent()).isEqualTo(100);
        assertThat(new EvProfile(40_000, 35.5, 35.5, 3_700, 1).phases()).isEqualTo(1);
    }

    @Test
    void rejectsEachOutOfRangeValueNamingTheField() {
        assertInvalid(() -> new EvProfile(0, 20, 80, 11_000, 3), "batteryCapacityWh");
        assertInvalid(() -> new EvProfile(Double.POSITIVE_INFINITY, 20, 80, 11_000, 3), "batteryCapacityWh");
        assertInvalid(() -> new EvProfile(60_000, -1, 80, 11_000, 3), "initialSocPercent");
        assertInvalid(() -> new EvProfile(60_000, 100.5, 100, 11_000, 3), "initialSocPercent");
        assertInvalid(() -> new EvProfile(60_000, 50, 49.9, 11_000, 3), "targetSocPercent");
        assertInvalid(() -> new EvProfile(60_000, 20, 101, 11_000, 3), "targetSocPercent");
        assertInvalid(() -> new EvProfile(60_000, 20, Double.NaN, 11_000, 3), "targetSocPercent");
        assertInvalid(() -> new EvProfile(60_000, 20, 80, 0, 3), "maxAcPowerW");
        assertInvalid(() -> new EvProfile(60_000, 20, 80, 11_000, 2), "phases");
        assertInvalid(() -> new EvProfile(60_000, 20, 80, 11_000, 0), "phases");
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
