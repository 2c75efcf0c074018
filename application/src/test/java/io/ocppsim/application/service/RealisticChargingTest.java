package io.ocppsim.application.service;

import static io.ocppsim.application.service.SimulatorFixture.CP;
import static io.ocppsim.application.service.SimulatorFixture.connector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.SimulatorEvent;
import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ClearFaultCommand;
import io.ocppsim.application.port.in.InjectFaultCommand;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.EvOverrides;
import io.ocppsim.application.port.in.StartTransactionCommand;
import io.ocppsim.application.port.in.StatisticsView;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.out.CentralSystemPort.MeterValues;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.connector.ConnectorRejectedException;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.fault.Fault;
import io.ocppsim.domain.fault.RandomFaultPolicy;
import io.ocppsim.domain.meter.Measurand;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.meter.Phase;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.meter.ReadingContext;
import io.ocppsim.domain.meter.SampledValue;
import io.ocppsim.domain.physics.ChargingPattern;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.StopReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Realistic charging through the application on virtual time: a tapered session's MeterValues
 * agree with each other and with the EV, clock-aligned values land on the aligned instants,
 * StopTransaction carries its transactionData, the same seed gives the same messages, random faults
 * follow their rates and clear by themselves, and the EV suspends and resumes on request.
 */
class RealisticChargingTest {

    private static final String ALL_MEASURANDS = "Energy.Active.Import.Register,Power.Active.Import,Current.Import,"
            + "Current.Offered,Voltage,Power.Factor,Frequency,Temperature,SoC";
    private static final EvProfile EV = new EvProfile(15_000, 40, 80, 11_000, 3);

    private static UnaryOperator<ChargePointSettings.Builder> tapered(long seed) {
        return b -> b.seed(seed)
                .charging(new ChargingSetup(MeterSetup.DEFAULT.withMaxPower(Power.ofWatts(11_000)).withPhases(3),
                        ChargingPattern.tapered(70), EV))
                .ocppConfiguration(Map.of("MeterValuesSampledData", ALL_MEASURANDS));
    }

    private static void start(SimulatorFixture f, int connectorId) {
        f.simulator.startTransaction().startTransaction(new StartTransactionCommand(connector(connectorId),
                IdTag.of("user1"))).toCompletableFuture().join();
    }

    private static List<MeterValues> meterValues(SimulatorFixture f) {
        return f.centralSystem.calls("MeterValues").stream().map(c -> c.request(MeterValues.class)).toList();
    }

    private static double number(MeterSample sample, Measurand measurand, Phase phase) {
        return Double.parseDouble(sample.values().stream()
                .filter(v -> v.measurand() == measurand && v.phase() == phase).map(SampledValue::value)
                .findFirst().orElseThrow(() -> new AssertionError("no " + measurand + " " + phase + " in " + sample)));
    }

    @Test
    void anHourOfTaperedChargingSendsCoherentMeterValuesAndTheEvStopsAtItsTarget() {
        SimulatorFixture f = new SimulatorFixture(tapered(1)).online();
        f.simulator.plugIn().plugIn(connector(1));
        start(f, 1);
        f.time.advance(Duration.ofHours(1));

        List<MeterSample> samples = meterValues(f).stream().filter(m -> m.connectorId().value() == 1)
                .flatMap(m -> m.samples().stream()).toList();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(59);
        double previousEnergy = 0;
        double previousPower = 0;
        Instant previousTime = null;
        for (MeterSample sample : samples) {
            assertThat(sample.values()).allMatch(v -> v.context() == ReadingContext.SAMPLE_PERIODIC);
            double power = number(sample, Measurand.POWER_ACTIVE_IMPORT, null);
            double pf = number(sample, Measurand.POWER_FACTOR, null);
            double perPhase = 0;
            for (int n = 1; n <= 3; n++) {
                perPhase += number(sample, Measurand.VOLTAGE, Phase.lineToNeutral(n))
                        * number(sample, Measurand.CURRENT_IMPORT, Phase.line(n)) * pf;
            }
            assertThat(perPhase).as("P = V x I x PF over the phases at %s", sample.timestamp())
                    .isCloseTo(power, within(Math.max(1, power * 0.002)));
            double energy = number(sample, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null);
            double soc = number(sample, Measurand.SOC, null);
            assertThat(soc).as("SoC from the energy delivered").isCloseTo(40 + 100 * energy / 15_000, within(0.06));
            if (previousTime != null) {
                double hours = Duration.between(previousTime, sample.timestamp()).toSeconds() / 3600.0;
                double between = (energy - previousEnergy) / hours;
                // the power moves between samples (taper, noise); the mean lies between the two readings
                double low = Math.min(power, previousPower) * 0.95 - 60;
                double high = Math.max(power, previousPower) * 1.05 + 60;
                assertThat(between).as("energy over time at %s", sample.timestamp()).isBetween(low, high);
            }
            previousEnergy = energy;
            previousPower = power;
            previousTime = sample.timestamp();
        }
        ConnectorView view = f.simulator.connectors().connector(connector(1));
        assertThat(view.status()).isEqualTo(ConnectorStatus.SuspendedEV);
        assertThat(view.ev().socPercent()).isCloseTo(80, within(1e-6));
        assertThat(view.ev().reachedTarget()).isTrue();
        assertThat(view.meter().energyRegisterWh()).isCloseTo(0.4 * 15_000, within(0.01));
        assertThat(f.centralSystem.calls("StatusNotification").stream().map(c -> c.request(StatusReport.class))
                .filter(r -> r.connectorId().value() == 1).map(StatusReport::status))
                .containsSubsequence(ConnectorStatus.Charging, ConnectorStatus.SuspendedEV);
    }

    @Test
    void theSameSeedSendsTheSameMeterValues() {
        UnaryOperator<ChargePointSettings.Builder> variable = b -> tapered(77).apply(b)
                .charging(new ChargingSetup(MeterSetup.DEFAULT, ChargingPattern.variable(0.6, 0.3), EV));
        assertThat(session(variable)).isEqualTo(session(variable))
                .isNotEqualTo(session(b -> variable.apply(b).seed(78)));
    }

    private static List<MeterValues> session(UnaryOperator<ChargePointSettings.Builder> settings) {
        SimulatorFixture f = new SimulatorFixture(settings).online();
        f.simulator.plugIn().plugIn(connector(1));
        start(f, 1);
        f.time.advance(Duration.ofMinutes(20));
        return meterValues(f);
    }

    @Test
    void clockAlignedValuesLandExactlyOnTheAlignedInstants() {
        SimulatorFixture f = new SimulatorFixture(b -> b.ocppConfiguration(Map.of(
                "MeterValuesAlignedData", "Energy.Active.Import.Register,Voltage", "MeterValueSampleInterval", "0")))
                .online();
        f.time.advance(Duration.ofSeconds(437)); // 00:07:17
        f.simulator.centralSystemRequests().core().changeConfiguration(CP, "ClockAlignedDataInterval", "900");
        f.simulator.plugIn().plugIn(connector(1));
        start(f, 1);
        f.time.advance(Duration.ofMinutes(50));

        List<MeterValues> aligned = meterValues(f);
        assertThat(aligned).extracting(m -> m.connectorId().value()).containsExactly(1, 2, 1, 2, 1, 2);
        assertThat(aligned).extracting(m -> m.samples().get(0).timestamp().toString()).containsExactly(
                "2026-01-01T00:15:00Z", "2026-01-01T00:15:00Z", "2026-01-01T00:30:00Z", "2026-01-01T00:30:00Z",
                "2026-01-01T00:45:00Z", "2026-01-01T00:45:00Z");
        assertThat(aligned.get(0).transactionId()).as("connector 1 charges").isNotNull();
        assertThat(aligned.get(1).transactionId()).as("connector 2 is idle").isNull();
        assertThat(aligned.get(0).samples().get(0).values()).allMatch(v -> v.context() == ReadingContext.SAMPLE_CLOCK)
                .extracting(SampledValue::measurand).containsExactly(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                        Measurand.VOLTAGE);

        f.simulator.centralSystemRequests().core().changeConfiguration(CP, "ClockAlignedDataInterval", "0");
        f.time.advance(Duration.ofHours(1));
        assertThat(meterValues(f)).as("switched off at once").hasSize(6);
    }

    @Test
    void stopTransactionCarriesTheStopTxnDataFromBeginToEnd() {
        SimulatorFixture f = new SimulatorFixture(b -> b.ocppConfiguration(Map.of(
                "StopTxnSampledData", "Energy.Active.Import.Register", "StopTxnAlignedData", "Power.Active.Import",
                "ClockAlignedDataInterval", "300"))).online();
        f.simulator.plugIn().plugIn(connector(1));
        start(f, 1);
        f.time.advance(Duration.ofMinutes(3));
        f.simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));

        TransactionStop stop = f.centralSystem.last("StopTransaction").request(TransactionStop.class);
        List<String> contexts = stop.transactionData().stream()
                .map(s -> s.values().get(0).context().label() + " " + s.values().get(0).measurand().label()).toList();
        assertThat(contexts).containsExactly("Transaction.Begin Energy.Active.Import.Register",
                "Sample.Periodic Energy.Active.Import.Register", "Sample.Periodic Energy.Active.Import.Register",
                "Sample.Periodic Energy.Active.Import.Register", "Transaction.End Energy.Active.Import.Register");
        MeterSample end = stop.transactionData().get(stop.transactionData().size() - 1);
        assertThat(Long.parseLong(end.values().get(0).value())).isEqualTo(stop.meterStop().wholeWattHours());
    }

    @Test
    void randomFaultsFollowTheirRateAndWeightsAndClearBySelves() {
        Map<ChargePointErrorCode, Double> weights = Map.of(ChargePointErrorCode.OverVoltage, 3.0,
                ChargePointErrorCode.WeakSignal, 1.0);
        SimulatorFixture f = new SimulatorFixture(b -> b.seed(5).randomFaults(new RandomFaultPolicy(true, 0.05,
                Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(20), weights))).online();
        int hours = 100;
        f.time.advance(Duration.ofHours(hours));

        List<SimulatorEvent> injected = f.events.events(EventType.FAULT_INJECTED);
        double checks = hours * 60 * 2; // two connectors, one check a minute each, never still faulted
        double expected = checks * 0.05;
        assertThat((double) injected.size()).isCloseTo(expected, within(5 * Math.sqrt(expected * 0.95)));
        Map<String, Integer> byCode = new java.util.TreeMap<>();
        injected.forEach(e -> byCode.merge((String) e.data().get("error_code"), 1, Integer::sum));
        double overVoltage = injected.size() * 0.75;
        assertThat((double) byCode.get("OverVoltage"))
                .isCloseTo(overVoltage, within(5 * Math.sqrt(injected.size() * 0.75 * 0.25)));
        assertThat(f.events.events(EventType.FAULT_CLEARED)).hasSize(injected.size());
        StatisticsView stats = f.simulator.statistics().statistics(CP);
        assertThat(stats.faultsInjected()).isEqualTo(injected.size());
        assertThat(stats.seed()).isEqualTo(5);
        List<StatusReport> reports = f.centralSystem.calls("StatusNotification").stream()
                .map(c -> c.request(StatusReport.class)).filter(r -> r.connectorId().value() == 1).toList();
        assertThat(reports).anyMatch(r -> r.status() == ConnectorStatus.Faulted
                && r.errorCode() == ChargePointErrorCode.OverVoltage && "Random fault".equals(r.info()));
        assertThat(reports).anyMatch(r -> r.status() == ConnectorStatus.Available
                && r.errorCode() == ChargePointErrorCode.WeakSignal);
        assertThat(reports.get(reports.size() - 1).errorCode()).isEqualTo(ChargePointErrorCode.NoError);
    }

    @Test
    void theEvSuspendsAndResumesOnRequestAndAPlugInCanDescribeItsEv() {
        SimulatorFixture f = new SimulatorFixture().online();
        ConnectorView plugged = f.simulator.plugIn().plugIn(connector(1),
                new EvOverrides(55.0, 30_000.0, 90.0, 3_700.0, 1));
        assertThat(plugged.ev().socPercent()).isEqualTo(55.0);
        assertThat(plugged.ev().capacityWh()).isEqualTo(30_000.0);
        start(f, 1);
        assertThat(f.simulator.connectors().connector(connector(1)).powerW()).isEqualTo(3_700.0);

        ConnectorView suspended = f.simulator.evControl().suspendByEv(connector(1));
        assertThat(suspended.status()).isEqualTo(ConnectorStatus.SuspendedEV);
        assertThat(suspended.powerW()).isZero();
        assertThatThrownBy(() -> f.simulator.evControl().suspendByEv(connector(1)))
                .isInstanceOf(ConnectorRejectedException.class);
        ConnectorView resumed = f.simulator.evControl().resumeByEv(connector(1));
        assertThat(resumed.status()).isEqualTo(ConnectorStatus.Charging);
        assertThat(resumed.powerW()).isEqualTo(3_700.0);

        assertThatThrownBy(() -> f.simulator.plugIn().plugIn(connector(2), new EvOverrides(90.0, null, 50.0, null,
                null))).isInstanceOf(InvalidValueException.class).hasMessageContaining("targetSocPercent");
        assertThat(f.simulator.connectors().connector(connector(2)).cablePlugged()).isFalse();
    }

    @Test
    void aFaultOfTheWholeChargePointReachesEveryConnectorAndClearsWithIt() {
        SimulatorFixture f = new SimulatorFixture().online();
        f.simulator.plugIn().plugIn(connector(1));
        start(f, 1);
        f.simulator.injectFault().injectFault(new InjectFaultCommand(connector(0),
                new Fault(ChargePointErrorCode.GroundFailure, "Main breaker", null)));
        assertThat(f.simulator.connectors().connectors(CP)).extracting(ConnectorView::status)
                .containsOnly(ConnectorStatus.Faulted);
        assertThat(f.centralSystem.last("StopTransaction").request(TransactionStop.class).reason())
                .isEqualTo(StopReason.EmergencyStop);
        f.simulator.injectFault().injectFault(new InjectFaultCommand(connector(2),
                new Fault(ChargePointErrorCode.HighTemperature, null, null)));

        f.simulator.clearFault().clearFault(ClearFaultCommand.all(connector(0)));
        assertThat(f.simulator.connectors().connectors(CP)).extracting(ConnectorView::status).containsExactly(
                ConnectorStatus.Available, ConnectorStatus.Finishing, ConnectorStatus.Faulted);
        assertThat(f.simulator.connectors().connector(connector(2)).errorCode())
                .as("its own fault stays").isEqualTo(ChargePointErrorCode.HighTemperature);
        assertThat(f.simulator.statistics().statistics(CP).faultsInjected()).as("one each, however far it reached")
                .isEqualTo(2);
    }

    @Test
    void statisticsShowEnergyPowerAndRunningTransactions() {
        SimulatorFixture f = new SimulatorFixture().online();
        f.simulator.plugIn().plugIn(connector(2));
        start(f, 2);
        f.time.advance(Duration.ofMinutes(30));
        StatisticsView stats = f.simulator.statistics().statistics(CP);
        assertThat(stats.connectorCount()).isEqualTo(2);
        assertThat(stats.connectorStates()).containsEntry(1, ConnectorStatus.Available)
                .containsEntry(2, ConnectorStatus.Charging);
        assertThat(stats.activeTransactions()).singleElement().satisfies(tx -> {
            assertThat(tx.connectorId()).isEqualTo(2);
            assertThat(tx.transactionId()).isNotNull();
            assertThat(tx.energyWh()).isCloseTo(3600, within(0.5)); // 7.2 kW for half an hour
            assertThat(tx.currentPowerW()).isEqualTo(7200.0);
        });
        assertThat(stats.totalEnergyWh()).isCloseTo(3600, within(0.5));
        assertThat(stats.totalPowerW()).isEqualTo(7200.0);
        assertThat(stats.connected()).isTrue();
        assertThat(stats.connectors()).extracting(StatisticsView.ConnectorStatistics::transactions)
                .containsExactly(0L, 1L);
        assertThat(new ArrayList<>(stats.connectorStates().keySet())).containsExactlyInAnyOrder(1, 2);
    }
}
