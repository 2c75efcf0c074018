package io.ocppsim.domain.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ocppsim.domain.connector.Connector;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorRejectedException.Reason;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.Measurand;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.meter.Phase;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.meter.ReadingContext;
import io.ocppsim.domain.meter.SampledValue;
import io.ocppsim.domain.physics.ChargingPattern;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connector's simulation as properties, stepped through virtual time the way the application
 * steps it (advance every update interval): energy is the integral of power, the register never
 * falls, tapered power falls past the threshold, the EV stops at its target, the same seed gives
 * the same values, and the readings agree with each other.
 */
class ConnectorPhysicsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final IdTag TAG = IdTag.of("user1");
    /** A 3-phase 11 kW EVSE with noise and a fast drift, so that both show in an hour. */
    private static final MeterSetup NOISY_3_PHASE = new MeterSetup(Power.ofWatts(11_000), 230, 3, 0.98, 50, 0.01,
            0.05, 0.02, 20, 25, Duration.ofMinutes(5), Duration.ofSeconds(1));
    private static final EvProfile EV = new EvProfile(40_000, 50, 80, 11_000, 3);

    private static Connector charging(ChargingPattern pattern, long seed) {
        Connector connector = new Connector(ConnectorId.of(1), new ChargingSetup(NOISY_3_PHASE, pattern, EV), seed,
                Energy.ofWattHours(12_345), T0);
        connector.plugIn(T0);
        connector.authorize(TAG, null, T0);
        connector.startTransaction(T0);
        return connector;
    }

    /** Advances second by second for {@code seconds}, as the application's physics step does; the power at each step. */
    private static List<Double> run(Connector connector, int seconds) {
        List<Double> powers = new ArrayList<>();
        for (int s = 1; s <= seconds; s++) {
            powers.add(connector.power().watts());
            connector.advance(T0.plusSeconds(s));
        }
        return powers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "tapered", "variable"})
    void theEnergyRegisteredIsTheIntegralOfThePowerWithinHalfAPercent(String name) {
        ChargingPattern pattern = switch (name) {
            case "tapered" -> ChargingPattern.tapered(60);
            case "variable" -> ChargingPattern.variable(0.7, 0.3);
            default -> ChargingPattern.constant();
        };
        Connector connector = charging(pattern, 7);
        List<Double> powers = run(connector, 3600);
        double integralWh = powers.stream().mapToDouble(Double::doubleValue).sum() / 3600;
        double registeredWh = connector.meterReading(T0.plusSeconds(3600)).wattHours() - 12_345;
        assertThat(registeredWh).isPositive().isCloseTo(integralWh, within(integralWh * 0.005));
        double socRise = connector.ev().orElseThrow().soc() - EV.initialSocPercent();
        assertThat(socRise).as("SoC rises by the energy over the capacity")
                .isCloseTo(100 * registeredWh / EV.batteryCapacityWh(), within(1e-6));
    }

    @Test
    void theRegisterNeverFallsUnderNoiseAndDrift() {
        Connector connector = charging(ChargingPattern.variable(0.5, 0.5), 11);
        long previous = -1;
        for (int s = 1; s <= 7200; s++) {
            connector.advance(T0.plusSeconds(s));
            if (s % 10 == 0) {
                MeterSample sample = connector.sample(T0.plusSeconds(s), ReadingContext.SAMPLE_PERIODIC);
                long register = Long.parseLong(value(sample, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null));
                assertThat(register).isGreaterThanOrEqualTo(previous);
                previous = register;
            }
        }
    }

    @Test
    void taperedPowerFallsPastTheThresholdAndTheEvStopsAtItsTarget() {
        Connector connector = charging(ChargingPattern.tapered(60), 3);
        double socAtThreshold = Double.NaN;
        double previousPower = Double.MAX_VALUE;
        int s = 0;
        while (connector.status() == ConnectorStatus.Charging && s < 6 * 3600) {
            s++;
            connector.advance(T0.plusSeconds(s));
            double soc = connector.ev().orElseThrow().soc();
            double power = connector.power().watts();
            if (soc > 60) {
                if (Double.isNaN(socAtThreshold)) {
                    socAtThreshold = soc;
                } else {
                    assertThat(power).as("power at %.2f %% SoC", soc).isLessThanOrEqualTo(previousPower);
                }
                previousPower = power;
            } else {
                assertThat(power).isEqualTo(11_000.0);
            }
        }
        assertThat(connector.status()).isEqualTo(ConnectorStatus.SuspendedEV);
        assertThat(connector.power()).isEqualTo(Power.ZERO);
        assertThat(connector.ev().orElseThrow().soc()).isCloseTo(80, within(1e-6));
        assertThat(connector.ev().orElseThrow().reachedTarget()).isTrue();
        assertThat(connector.transaction()).as("the session goes on until someone ends it").isPresent();
        Instant end = T0.plusSeconds(s);
        assertThatThrownBy(() -> connector.suspendByEv(end)).isInstanceOfSatisfying(
                ConnectorRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_SUSPENDED));
        assertThatThrownBy(() -> connector.resumeByEv(end)).isInstanceOfSatisfying(
                ConnectorRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TARGET_REACHED));
        double delivered = connector.meterReading(T0.plusSeconds(s)).wattHours() - 12_345;
        assertThat(delivered).isCloseTo(0.30 * 40_000, within(0.01));
    }

    @Test
    void theSameSeedGivesTheSameMeterValuesAndAnotherSeedDoesNot() {
        assertThat(samples(42)).isEqualTo(samples(42)).isNotEqualTo(samples(43));
    }

    private static List<MeterSample> samples(long seed) {
        Connector connector = charging(ChargingPattern.variable(0.6, 0.3), seed);
        List<MeterSample> samples = new ArrayList<>();
        for (int s = 1; s <= 600; s++) {
            connector.advance(T0.plusSeconds(s));
            if (s % 60 == 0) {
                samples.add(connector.sample(T0.plusSeconds(s), ReadingContext.SAMPLE_PERIODIC));
            }
        }
        return samples;
    }

    @Test
    void readingTheTrueValuesChangesNothingThatIsSimulated() {
        Connector looked = charging(ChargingPattern.variable(0.6, 0.3), 5);
        Connector untouched = charging(ChargingPattern.variable(0.6, 0.3), 5);
        for (int s = 1; s <= 300; s++) {
            looked.readings(T0.plusSeconds(s).minusMillis(500), false);
            looked.advance(T0.plusSeconds(s));
            untouched.advance(T0.plusSeconds(s));
        }
        assertThat(looked.meterReading(T0.plusSeconds(300)).wattHours()).as("the same, up to rounding")
                .isCloseTo(untouched.meterReading(T0.plusSeconds(300)).wattHours(), within(1e-6));
        assertThat(looked.power()).as("the EV's demand drew the same numbers").isEqualTo(untouched.power());
    }

    @Test
    void everyPhaseAgreesWithThePowerAndTheReadingsAreCoherent() {
        Connector connector = charging(ChargingPattern.constant(), 9);
        run(connector, 1800);
        MeterSample sample = connector.sample(T0.plusSeconds(1800), ReadingContext.SAMPLE_PERIODIC);
        double power = Double.parseDouble(value(sample, Measurand.POWER_ACTIVE_IMPORT, null));
        double pf = Double.parseDouble(value(sample, Measurand.POWER_FACTOR, null));
        double sum = 0;
        for (int n = 1; n <= 3; n++) {
            double v = Double.parseDouble(value(sample, Measurand.VOLTAGE, Phase.lineToNeutral(n)));
            double i = Double.parseDouble(value(sample, Measurand.CURRENT_IMPORT, Phase.line(n)));
            assertThat(v).isCloseTo(230, within(230 * 0.1));
            sum += v * i * pf;
        }
        assertThat(sum).as("P = sum of V x I x PF, up to the rounding of the values").isCloseTo(power,
                within(power * 0.001));
        double perPhase = 0;
        for (int n = 1; n <= 3; n++) {
            perPhase += Double.parseDouble(value(sample, Measurand.POWER_ACTIVE_IMPORT, Phase.line(n)));
        }
        assertThat(perPhase).as("the phases' power adds up to the total").isCloseTo(power, within(0.2));
        assertThat(power).as("noise of 1 %% around 11 kW").isCloseTo(11_000, within(11_000 * 0.05));
        double temperature = Double.parseDouble(value(sample, Measurand.TEMPERATURE, null));
        assertThat(temperature).as("a full load for 6 time constants warms the cable by nearly the full rise")
                .isCloseTo(45, within(0.5));
        assertThat(value(sample, Measurand.SOC, null)).isNotNull();
        assertThat(value(sample, Measurand.CURRENT_OFFERED, null)).isEqualTo("16.3"); // 11 kW / (230 V x 3 x 0.98)
    }

    @Test
    void aLimitOfZeroSuspendsTheEvseAndARiseResumes() {
        Connector connector = charging(ChargingPattern.constant(), 1);
        connector.limitTo(Power.ofWatts(4000), T0.plusSeconds(10));
        assertThat(connector.power().watts()).isEqualTo(4000);
        connector.limitTo(Power.ZERO, T0.plusSeconds(20));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.SuspendedEVSE);
        assertThat(connector.power()).isEqualTo(Power.ZERO);
        connector.limitTo(null, T0.plusSeconds(30));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(connector.power().watts()).isEqualTo(11_000);
    }

    @Test
    void anEvFilledBeforeItsTransactionStartsSuspendedAndAFreshOneCharges() {
        Connector connector = new Connector(ConnectorId.of(1), new ChargingSetup(NOISY_3_PHASE,
                ChargingPattern.constant(), EV), 1, Energy.ZERO, T0);
        connector.plugIn(new EvProfile(40_000, 80, 80, 11_000, 3), T0);
        connector.authorize(TAG, null, T0);
        connector.startTransaction(T0);
        assertThat(connector.status()).isEqualTo(ConnectorStatus.SuspendedEV);
        connector.stopTransaction(StopReason.Local, T0.plusSeconds(5));
        connector.plugOut(T0.plusSeconds(6), true);
        connector.plugIn(new EvProfile(40_000, 10, 80, 7_000, 1), T0.plusSeconds(7));
        connector.authorize(TAG, null, T0.plusSeconds(7));
        connector.startTransaction(T0.plusSeconds(7));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(connector.power().watts()).as("a 1-phase EV gets a third of the 3-phase EVSE's 11 kW")
                .isCloseTo(11_000 / 3.0, within(1e-9));
        assertThat(connector.readings(T0.plusSeconds(8), false).electrical().phaseCount())
                .as("a 1-phase EV on a 3-phase EVSE").isEqualTo(1);
    }

    @Test
    void faultsActOnTheTransactionAsTheirCodeSays() {
        Connector reader = charging(ChargingPattern.constant(), 1);
        reader.injectFault(Fault.of(ChargePointErrorCode.ReaderFailure), T0.plusSeconds(1));
        assertThat(reader.status()).as("only reported").isEqualTo(ConnectorStatus.Charging);
        assertThat(reader.errorCode()).isEqualTo(ChargePointErrorCode.ReaderFailure);
        assertThat(reader.power().watts()).isEqualTo(11_000);

        Connector hot = charging(ChargingPattern.constant(), 1);
        hot.injectFault(Fault.of(ChargePointErrorCode.HighTemperature), T0.plusSeconds(1));
        assertThat(hot.status()).isEqualTo(ConnectorStatus.Faulted);
        assertThat(hot.power()).isEqualTo(Power.ZERO);
        assertThat(hot.transaction()).isPresent();
        hot.clearFault(null, T0.plusSeconds(2));
        assertThat(hot.status()).isEqualTo(ConnectorStatus.Charging);

        Connector ground = charging(ChargingPattern.constant(), 1);
        Optional<Transaction.Stop> stop = ground.injectFault(Fault.of(ChargePointErrorCode.GroundFailure),
                T0.plusSeconds(1));
        assertThat(stop).map(Transaction.Stop::reason).contains(StopReason.EmergencyStop);
        assertThat(ground.status()).isEqualTo(ConnectorStatus.Faulted);
        assertThat(ground.transaction()).isEmpty();
        ground.clearFault(null, T0.plusSeconds(2));
        assertThat(ground.status()).isEqualTo(ConnectorStatus.Finishing);
    }

    @Test
    void theOfferFollowsThePhasesInUseAndIsZeroWhileNothingIsOffered() {
        Connector connector = new Connector(ConnectorId.of(1), new ChargingSetup(NOISY_3_PHASE,
                ChargingPattern.constant(), EV), 1, Energy.ZERO, T0);
        connector.plugIn(new EvProfile(40_000, 10, 80, 11_000, 1), T0);
        connector.authorize(TAG, null, T0);
        connector.startTransaction(T0);
        assertThat(connector.power().watts()).as("a third of 11 kW for a 1-phase EV").isCloseTo(11_000 / 3.0,
                within(1e-9));
        MeterReadings full = connector.readings(T0.plusSeconds(1), false);
        assertThat(full.electrical().phase(1).currentA()).as("drawing all it is offered, up to the voltage's drift")
                .isCloseTo(full.offeredCurrentA(), within(full.offeredCurrentA() * NOISY_3_PHASE.driftBound() * 1.1));
        connector.injectFault(Fault.of(ChargePointErrorCode.OverVoltage), T0.plusSeconds(2));
        connector.injectFault(Fault.of(ChargePointErrorCode.WeakSignal), T0.plusSeconds(3));
        assertThat(connector.offeredPower()).isEqualTo(Power.ZERO);
        assertThat(connector.errorCode()).as("the cause, not the later report-only fault")
                .isEqualTo(ChargePointErrorCode.OverVoltage);
        connector.clearFault(ChargePointErrorCode.OverVoltage, T0.plusSeconds(4));
        assertThat(connector.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(connector.errorCode()).isEqualTo(ChargePointErrorCode.WeakSignal);
    }

    private static String value(MeterSample sample, Measurand measurand, Phase phase) {
        return sample.values().stream().filter(v -> v.measurand() == measurand && v.phase() == phase)
                .map(SampledValue::value).findFirst().orElse(null);
    }
}
