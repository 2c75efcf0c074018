package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.FeatureProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Smart Charging profile over a real loopback WebSocket: SetChargingProfile of every purpose
 * and the limit it puts in force on the connector (as the simulator's API shows it),
 * ClearChargingProfile and GetCompositeSchedule, with the cases a charge point must refuse.
 */
class SmartChargingOverOcppTest extends OverOcppTestBase {

    /** A limit in amperes converts to watts per phase at the nominal 230 V times the power factor, 0.99. */
    private static final double WATTS_PER_AMPERE = 230 * 0.99;

    /** An Absolute profile starting now with one period. */
    private Map<String, Object> profile(int id, String purpose, int stackLevel, String unit, double limit) {
        return profile(id, purpose, stackLevel, unit, List.of(period(0, limit)));
    }

    private Map<String, Object> profile(int id, String purpose, int stackLevel, String unit,
            List<Map<String, Object>> periods) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("startSchedule", time.now().toString());
        schedule.put("chargingRateUnit", unit);
        schedule.put("chargingSchedulePeriod", periods);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("chargingProfileId", id);
        profile.put("stackLevel", stackLevel);
        profile.put("chargingProfilePurpose", purpose);
        profile.put("chargingProfileKind", "Absolute");
        profile.put("chargingSchedule", schedule);
        return profile;
    }

    private static Map<String, Object> period(int startPeriod, double limit) {
        return Map.of("startPeriod", startPeriod, "limit", limit);
    }

    private String set(int connectorId, Map<String, Object> profile) {
        return call("SetChargingProfile", payload("connectorId", connectorId, "csChargingProfiles", profile))
                .path("status").asText();
    }

    private Double limit(int connectorId) {
        return view(connectorId).chargingLimitW();
    }

    @Nested
    class SetChargingProfile {

        @Test
        void aTxDefaultProfileLimitsTheTransactionsOfItsConnector() {
            boot();
            assertThat(set(1, profile(1, "TxDefaultProfile", 0, "W", 3000))).isEqualTo("Accepted");
            assertThat(limit(1)).as("nothing to limit without a transaction").isNull();
            startCharging(1, "user1");
            assertThat(limit(1)).isEqualTo(3000.0);
            startCharging(2, "user2");
            assertThat(limit(2)).isNull();
        }

        @Test
        void aTxDefaultProfileOnConnectorZeroLimitsEveryConnector() {
            boot();
            assertThat(set(0, profile(1, "TxDefaultProfile", 0, "A", 16))).isEqualTo("Accepted");
            startCharging(1, "user1");
            startCharging(2, "user2");
            assertThat(limit(1)).isCloseTo(16 * WATTS_PER_AMPERE, within(1e-9));
            assertThat(limit(2)).isCloseTo(16 * WATTS_PER_AMPERE, within(1e-9));
        }

        @Test
        void aTxProfileNeedsATransactionAndWinsOverTheDefault() {
            boot();
            assertThat(set(1, profile(2, "TxProfile", 0, "W", 2000))).as("no transaction").isEqualTo("Rejected");
            set(1, profile(1, "TxDefaultProfile", 5, "W", 3000));
            int tx = startCharging(1, "user1");

            Map<String, Object> wrongTransaction = profile(2, "TxProfile", 0, "W", 2000);
            wrongTransaction.put("transactionId", tx + 100);
            assertThat(set(1, wrongTransaction)).isEqualTo("Rejected");

            Map<String, Object> forTheTransaction = profile(2, "TxProfile", 0, "W", 5000);
            forTheTransaction.put("transactionId", tx);
            assertThat(set(1, forTheTransaction)).isEqualTo("Accepted");
            assertThat(limit(1)).as("a TxProfile overrides every TxDefaultProfile").isEqualTo(5000.0);
        }

        @Test
        void aTxProfileEndsWithItsTransaction() {
            boot();
            startCharging(1, "user1");
            assertThat(set(1, profile(2, "TxProfile", 0, "W", 2000))).isEqualTo("Accepted");
            assertThat(limit(1)).isEqualTo(2000.0);
            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitStatusesEndWith(1, "Finishing");
            simulator.plugOut().plugOut(connector(1));
            awaitStatusesEndWith(1, "Available");
            startCharging(1, "user2");
            assertThat(limit(1)).isNull();
            assertThat(call("ClearChargingProfile", payload("id", 2)).path("status").asText()).isEqualTo("Unknown");
        }

        @Test
        void theChargePointMaxProfileCapsEveryConnector() {
            boot();
            assertThat(set(0, profile(3, "ChargePointMaxProfile", 0, "W", 4000))).isEqualTo("Accepted");
            assertThat(limit(1)).isEqualTo(4000.0);
            assertThat(limit(2)).isEqualTo(4000.0);
            startCharging(1, "user1");
            assertThat(set(1, profile(2, "TxProfile", 0, "W", 6000))).isEqualTo("Accepted");
            assertThat(limit(1)).as("the minimum of the two").isEqualTo(4000.0);
            assertThat(set(1, profile(2, "TxProfile", 0, "W", 2500))).isEqualTo("Accepted");
            assertThat(limit(1)).isEqualTo(2500.0);
        }

        @Test
        void theConnectorsInATransactionShareTheChargePointMaximum() {
            boot();
            set(0, profile(3, "ChargePointMaxProfile", 0, "W", 6000));
            startCharging(1, "user1");
            assertThat(view(1).powerW()).isEqualTo(6000.0);
            startCharging(2, "user2");
            assertThat(view(1).powerW() + view(2).powerW()).isEqualTo(6000.0);
            assertThat(limit(2)).isEqualTo(3000.0);
            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(2)));
            awaitStatusesEndWith(2, "Finishing");
            assertThat(view(1).powerW()).as("the whole maximum again").isEqualTo(6000.0);
        }

        @Test
        void theHighestStackLevelWins() {
            boot();
            startCharging(1, "user1");
            set(1, profile(1, "TxDefaultProfile", 0, "W", 3000));
            set(1, profile(2, "TxDefaultProfile", 1, "W", 4500));
            assertThat(limit(1)).isEqualTo(4500.0);
            set(1, profile(3, "TxDefaultProfile", 2, "W", 1500));
            assertThat(limit(1)).isEqualTo(1500.0);
        }

        @Test
        void aProfileWithTheSameIdReplacesTheOldOne() {
            boot();
            startCharging(1, "user1");
            set(1, profile(1, "TxDefaultProfile", 0, "W", 3000));
            set(1, profile(1, "TxDefaultProfile", 0, "W", 3500));
            assertThat(limit(1)).isEqualTo(3500.0);
            assertThat(call("ClearChargingProfile", payload("id", 1)).path("status").asText()).isEqualTo("Accepted");
            assertThat(limit(1)).isNull();
        }

        @Test
        void theCasesAChargePointMustRefuseAreRejected() {
            boot();
            assertThat(set(1, profile(1, "ChargePointMaxProfile", 0, "W", 3000)))
                    .as("ChargePointMaxProfile on a connector").isEqualTo("Rejected");
            assertThat(set(0, profile(1, "TxProfile", 0, "W", 3000))).as("TxProfile on connector 0")
                    .isEqualTo("Rejected");
            assertThat(set(3, profile(1, "TxDefaultProfile", 0, "W", 3000))).as("unknown connector")
                    .isEqualTo("Rejected");
            assertThat(set(1, profile(1, "TxDefaultProfile", 11, "W", 3000))).as("stackLevel above 10")
                    .isEqualTo("Rejected");
            List<Map<String, Object>> periods = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                periods.add(period(i * 60, 3000));
            }
            assertThat(set(1, profile(1, "TxDefaultProfile", 0, "W", periods))).as("25 periods, 24 allowed")
                    .isEqualTo("Rejected");
            Map<String, Object> recurringWithoutKind = profile(1, "TxDefaultProfile", 0, "W", 3000);
            recurringWithoutKind.put("chargingProfileKind", "Recurring");
            assertThat(set(1, recurringWithoutKind)).as("Recurring without recurrencyKind").isEqualTo("Rejected");
            startCharging(1, "user1");
            assertThat(limit(1)).isNull();
        }

        @Test
        void aRateUnitTheChargePointDoesNotAllowIsRejected() {
            boot(b -> b.ocppConfiguration(Map.of("ChargingScheduleAllowedChargingRateUnit", "Current")));
            assertThat(set(1, profile(1, "TxDefaultProfile", 0, "W", 3000))).isEqualTo("Rejected");
            assertThat(set(1, profile(1, "TxDefaultProfile", 0, "A", 10))).isEqualTo("Accepted");
        }

        @Test
        void thePowerObeysTheLimitInForce() {
            boot();
            set(1, profile(1, "TxDefaultProfile", 0, "A", 10));
            startCharging(1, "user1");
            double watts = 10 * WATTS_PER_AMPERE; // 10 A on one 230 V phase at PF 0.99
            assertThat(limit(1)).isCloseTo(watts, within(1e-9));
            assertThat(view(1).powerW()).isCloseTo(watts, within(1e-9));
            assertThat(view(1).meter().currentA()).containsExactly(10.0);
            advance(Duration.ofHours(1));
            assertThat(view(1).transaction().energyDeliveredWh()).isCloseTo(watts, within(1.0));
        }

        @Test
        void aLimitOfZeroSuspendsTheTransactionUntilItRises() {
            boot();
            startCharging(1, "user1");
            set(1, profile(7, "TxProfile", 0, "W", List.of(period(0, 0), period(600, 3000))));
            awaitStatusesEndWith(1, "Charging", "SuspendedEVSE");
            assertThat(view(1).powerW()).isZero();
            advance(Duration.ofSeconds(601));
            awaitStatusesEndWith(1, "Charging", "SuspendedEVSE", "Charging");
            assertThat(view(1).powerW()).isEqualTo(3000.0);
        }
    }

    @Nested
    class ClearChargingProfile {

        @Test
        void byIdThenUnknown() {
            boot();
            set(1, profile(1, "TxDefaultProfile", 0, "W", 3000));
            assertThat(call("ClearChargingProfile", payload("id", 1)).path("status").asText()).isEqualTo("Accepted");
            assertThat(call("ClearChargingProfile", payload("id", 1)).path("status").asText()).isEqualTo("Unknown");
        }

        @Test
        void byCriteria() {
            boot();
            startCharging(1, "user1");
            set(1, profile(1, "TxDefaultProfile", 0, "W", 3000));
            set(1, profile(2, "TxDefaultProfile", 1, "W", 2000));
            set(0, profile(3, "ChargePointMaxProfile", 0, "W", 5000));
            assertThat(call("ClearChargingProfile", payload("connectorId", 1, "chargingProfilePurpose",
                    "TxDefaultProfile", "stackLevel", 1)).path("status").asText()).isEqualTo("Accepted");
            assertThat(limit(1)).isEqualTo(3000.0);
            assertThat(call("ClearChargingProfile", payload("chargingProfilePurpose", "TxProfile"))
                    .path("status").asText()).isEqualTo("Unknown");
            assertThat(call("ClearChargingProfile", payload("connectorId", 0)).path("status").asText())
                    .isEqualTo("Accepted");
            assertThat(limit(2)).isNull();
            assertThat(call("ClearChargingProfile", payload()).path("status").asText()).as("everything left")
                    .isEqualTo("Accepted");
            assertThat(limit(1)).isNull();
            assertThat(call("ClearChargingProfile", payload()).path("status").asText()).isEqualTo("Unknown");
        }
    }

    @Nested
    class GetCompositeSchedule {

        @Test
        void answersTheScheduleInForceWithItsPeriods() {
            boot();
            startCharging(1, "user1");
            set(1, profile(1, "TxDefaultProfile", 0, "W", List.of(period(0, 3000), period(1800, 1500))));
            JsonNode answer = call("GetCompositeSchedule", payload("connectorId", 1, "duration", 3600,
                    "chargingRateUnit", "W"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            assertThat(answer.path("connectorId").asInt()).isEqualTo(1);
            assertThat(answer.path("scheduleStart").asText()).isEqualTo(time.now().toString());
            JsonNode schedule = answer.path("chargingSchedule");
            assertThat(schedule.path("chargingRateUnit").asText()).isEqualTo("W");
            assertThat(schedule.path("duration").asInt()).isEqualTo(3600);
            assertThat(schedule.path("chargingSchedulePeriod")).hasSize(2);
            assertThat(schedule.path("chargingSchedulePeriod").path(0).path("startPeriod").asInt()).isZero();
            assertThat(schedule.path("chargingSchedulePeriod").path(0).path("limit").asDouble()).isEqualTo(3000.0);
            assertThat(schedule.path("chargingSchedulePeriod").path(1).path("startPeriod").asInt()).isEqualTo(1800);
            assertThat(schedule.path("chargingSchedulePeriod").path(1).path("limit").asDouble()).isEqualTo(1500.0);
        }

        @Test
        void convertsToTheUnitAskedFor() {
            boot();
            startCharging(1, "user1");
            set(1, profile(1, "TxDefaultProfile", 0, "W", 2300));
            JsonNode answer = call("GetCompositeSchedule", payload("connectorId", 1, "duration", 600,
                    "chargingRateUnit", "A"));
            JsonNode schedule = answer.path("chargingSchedule");
            assertThat(schedule.path("chargingRateUnit").asText()).isEqualTo("A");
            assertThat(schedule.path("chargingSchedulePeriod").path(0).path("limit").asDouble())
                    .isEqualTo(10.1); // 2300 W / (230 V x 0.99), to 0.1 A
        }

        @Test
        void withoutAProfileItIsTheChargePointsOwnMaximum() {
            boot();
            JsonNode one = call("GetCompositeSchedule", payload("connectorId", 1, "duration", 600));
            assertThat(one.path("status").asText()).isEqualTo("Accepted");
            assertThat(one.path("chargingSchedule").path("chargingSchedulePeriod").path(0).path("limit").asDouble())
                    .isEqualTo(7360.0);
            JsonNode all = call("GetCompositeSchedule", payload("connectorId", 0, "duration", 600));
            assertThat(all.path("status").asText()).isEqualTo("Accepted");
            assertThat(all.path("connectorId").asInt()).isZero();
            assertThat(all.path("chargingSchedule").path("chargingSchedulePeriod").path(0).path("limit").asDouble())
                    .isEqualTo(2 * 7360.0);
        }

        @Test
        void forConnectorZeroTheChargePointMaxProfileCounts() {
            boot();
            set(0, profile(3, "ChargePointMaxProfile", 0, "W", 9000));
            JsonNode all = call("GetCompositeSchedule", payload("connectorId", 0, "duration", 600,
                    "chargingRateUnit", "W"));
            assertThat(all.path("status").asText()).isEqualTo("Accepted");
            assertThat(all.path("chargingSchedule").path("chargingSchedulePeriod").path(0).path("limit").asDouble())
                    .isEqualTo(9000.0);
        }

        @Test
        void anUnknownConnectorIsRejected() {
            boot();
            JsonNode answer = call("GetCompositeSchedule", payload("connectorId", 9, "duration", 600));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            assertThat(answer.has("chargingSchedule")).isFalse();
            assertThat(answer.has("connectorId")).isFalse();
        }
    }

    @Test
    void aChargePointWithoutTheProfileAnswersNotSupported() {
        boot(b -> b.featureProfiles(EnumSet.of(FeatureProfile.Core)));
        assertThat(callError("GetCompositeSchedule", payload("connectorId", 1, "duration", 60)).errorCode())
                .isEqualTo("NotSupported");
        assertThat(simulator.connectors().connectors(ChargePointId.of(CP))).hasSize(3);
    }
}
