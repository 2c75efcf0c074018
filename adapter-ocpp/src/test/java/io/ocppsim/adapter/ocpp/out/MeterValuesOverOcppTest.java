package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.domain.charging.ChargingSetup;
import io.ocppsim.domain.charging.MeterSetup;
import io.ocppsim.domain.ev.EvProfile;
import io.ocppsim.domain.meter.Power;
import io.ocppsim.domain.physics.ChargingPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An hour of tapered charging over a real loopback WebSocket, judged by the sandbox: every
 * MeterValues and StopTransaction is schema-valid (the sandbox and the payload check would flag it
 * otherwise), its values agree with each other (P = V x I x PF per phase, energy with power, SoC
 * with energy and capacity), clock-aligned values land on the quarter hours, and the EV stops at
 * its target.
 */
class MeterValuesOverOcppTest extends OverOcppTestBase {

    private static final String ALL = "Energy.Active.Import.Register,Power.Active.Import,Current.Import,"
            + "Current.Offered,Power.Offered,Voltage,Power.Factor,Frequency,Temperature,SoC";

    @Test
    void anHourOfTaperedChargingSendsCoherentSchemaValidMeterValues() {
        boot(b -> b.seed(2026)
                .charging(new ChargingSetup(MeterSetup.DEFAULT.withMaxPower(Power.ofWatts(11_000)).withPhases(3),
                        ChargingPattern.tapered(70), new EvProfile(15_000, 40, 80, 11_000, 3)))
                .ocppConfiguration(Map.of("MeterValuesSampledData", ALL, "MeterValueSampleInterval", "60",
                        "ClockAlignedDataInterval", "900", "MeterValuesAlignedData", "Energy.Active.Import.Register",
                        "StopTxnSampledData", "Energy.Active.Import.Register,SoC")));
        startCharging(1, "user1");
        advance(Duration.ofHours(1));
        awaitStatusesEndWith(1, "Charging", "SuspendedEV");
        simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
        JsonNode stop = awaitCall("StopTransaction", p -> true).payload();
        awaitNoCallInFlight();

        List<JsonNode> periodic = new ArrayList<>();
        List<JsonNode> aligned = new ArrayList<>();
        for (Frame frame : calls("MeterValues")) {
            JsonNode meterValue = frame.payload().path("meterValue").get(0);
            String context = meterValue.path("sampledValue").get(0).path("context").asText();
            (context.equals("Sample.Clock") ? aligned : periodic).add(meterValue);
        }
        assertThat(periodic).hasSizeGreaterThanOrEqualTo(59);
        for (JsonNode meterValue : periodic) {
            double power = value(meterValue, "Power.Active.Import", null);
            double pf = value(meterValue, "Power.Factor", null);
            double sum = 0;
            for (int n = 1; n <= 3; n++) {
                sum += value(meterValue, "Voltage", "L" + n + "-N") * value(meterValue, "Current.Import", "L" + n)
                        * pf;
            }
            assertThat(sum).as("P = V x I x PF at %s", meterValue.path("timestamp").asText())
                    .isCloseTo(power, within(Math.max(1, power * 0.002)));
            double energy = value(meterValue, "Energy.Active.Import.Register", null);
            assertThat(value(meterValue, "SoC", null)).isCloseTo(40 + 100 * energy / 15_000, within(0.06));
            assertThat(unitOf(meterValue, "Temperature")).isEqualTo("Celcius");
            assertThat(unitOf(meterValue, "SoC")).isEqualTo("Percent");
        }
        assertThat(aligned).extracting(m -> Instant.parse(m.path("timestamp").asText()).getEpochSecond() % 900)
                .hasSizeGreaterThanOrEqualTo(8).containsOnly(0L); // both connectors, every quarter hour
        JsonNode data = stop.path("transactionData");
        assertThat(data.get(0).path("sampledValue").get(0).path("context").asText()).isEqualTo("Transaction.Begin");
        assertThat(data.get(data.size() - 1).path("sampledValue").get(0).path("context").asText())
                .isEqualTo("Transaction.End");
        assertThat(value(data.get(data.size() - 1), "SoC", null)).isCloseTo(80, within(0.05));
        assertThat(stop.path("meterStop").asLong()).isBetween(5_999L, 6_000L);
    }

    private static double value(JsonNode meterValue, String measurand, String phase) {
        for (JsonNode v : meterValue.path("sampledValue")) {
            String m = v.path("measurand").asText("Energy.Active.Import.Register");
            if (m.equals(measurand) && (phase == null ? !v.has("phase") : phase.equals(v.path("phase").asText()))) {
                return Double.parseDouble(v.path("value").asText());
            }
        }
        throw new AssertionError("no " + measurand + " " + phase + " in " + meterValue);
    }

    private static String unitOf(JsonNode meterValue, String measurand) {
        for (JsonNode v : meterValue.path("sampledValue")) {
            if (measurand.equals(v.path("measurand").asText())) {
                return v.path("unit").asText();
            }
        }
        return null;
    }
}
