package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.sandbox.AuthorizationStatus;
import io.ocppsim.adapter.ocpp.sandbox.Frame;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ChargePointSettings.DataTransferRule;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.ConfigurationKey;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.connector.ConnectorStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Core profile request of the Central System, over a real loopback WebSocket: the
 * CALLRESULT the charge point answers and what it does afterwards (its StatusNotifications,
 * StartTransaction and StopTransaction, Heartbeats, reconnects).
 */
class CoreRequestsOverOcppTest extends OverOcppTestBase {

    @Nested
    class ChangeAvailability {

        @Test
        void inoperativeMakesTheConnectorUnavailable() {
            boot();
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Unavailable");
            awaitNoCallInFlight();
            assertThat(statuses(1)).containsExactly("Available", "Unavailable");
            assertThat(statuses(2)).containsExactly("Available");
            assertThat(statuses(0)).containsExactly("Available");
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Unavailable);
        }

        @Test
        void duringATransactionItIsScheduledAndAppliedWhenTheTransactionStops() {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"));
            assertThat(answer.path("status").asText()).isEqualTo("Scheduled");
            awaitNoCallInFlight();
            assertThat(view(1).inoperativeScheduled()).isTrue();
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Charging);
            assertThat(statuses(1)).last().isEqualTo("Charging");

            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitStatusesEndWith(1, "Charging", "Unavailable");
            List<String> actions = actions();
            assertThat(actions.lastIndexOf("StopTransaction")).as("StopTransaction before the status")
                    .isLessThan(actions.lastIndexOf("StatusNotification"));
            assertThat(sandbox.transaction(tx).orElseThrow().isRunning()).isFalse();
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Unavailable);
            assertThat(view(1).inoperativeScheduled()).isFalse();
        }

        @Test
        void operativeDropsAScheduledInoperative() {
            boot();
            startCharging(1, "user1");
            assertThat(call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"))
                    .path("status").asText()).isEqualTo("Scheduled");
            assertThat(call("ChangeAvailability", payload("connectorId", 1, "type", "Operative"))
                    .path("status").asText()).isEqualTo("Accepted");
            assertThat(view(1).inoperativeScheduled()).isFalse();
            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitStatusesEndWith(1, "Charging", "Finishing");
            awaitNoCallInFlight();
            assertThat(statuses(1)).doesNotContain("Unavailable");
        }

        @Test
        void connectorZeroMakesTheChargePointAndEveryConnectorUnavailable() {
            boot();
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 0, "type", "Inoperative"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(0, "Unavailable");
            awaitStatusesEndWith(1, "Unavailable");
            awaitStatusesEndWith(2, "Unavailable");
            assertThat(simulator.connectors().connectors(ChargePointId.of(CP)))
                    .allSatisfy(c -> assertThat(c.status()).isEqualTo(ConnectorStatus.Unavailable));
        }

        @Test
        void connectorZeroDuringATransactionIsScheduledForThatConnectorOnly() {
            boot();
            startCharging(1, "user1");
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 0, "type", "Inoperative"));
            assertThat(answer.path("status").asText()).isEqualTo("Scheduled");
            awaitStatusesEndWith(2, "Unavailable");
            awaitNoCallInFlight();
            assertThat(statuses(1)).last().isEqualTo("Charging");

            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitStatusesEndWith(1, "Charging", "Unavailable");
        }

        @Test
        void operativeMakesTheConnectorAvailableAgain() {
            boot();
            call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"));
            awaitStatusesEndWith(1, "Unavailable");
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 1, "type", "Operative"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Available", "Unavailable", "Available");
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Available);
        }

        @Test
        void operativeForAnOperativeConnectorIsAcceptedAndChangesNothing() {
            boot();
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 2, "type", "Operative"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(3);
        }

        @Test
        void anUnknownConnectorIsRejected() {
            boot();
            JsonNode answer = call("ChangeAvailability", payload("connectorId", 3, "type", "Inoperative"));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(3);
        }

        @Test
        void anUnavailableConnectorRefusesToStartATransaction() {
            boot();
            call("ChangeAvailability", payload("connectorId", 1, "type", "Inoperative"));
            awaitStatusesEndWith(1, "Unavailable");
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "user1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
        }
    }

    @Nested
    class Configuration {

        @Test
        void getConfigurationWithoutKeysListsEveryReadableKey() {
            boot();
            JsonNode answer = call("GetConfiguration", payload());
            List<String> expected = Arrays.stream(ConfigurationKey.values())
                    .filter(key -> key != ConfigurationKey.AuthorizationKey)
                    .map(ConfigurationKey::keyName).toList();
            assertThat(keys(answer)).containsExactlyElementsOf(expected);
            assertThat(answer.has("unknownKey")).isFalse();
            assertThat(entry(answer, "NumberOfConnectors").path("readonly").asBoolean()).isTrue();
            assertThat(entry(answer, "NumberOfConnectors").path("value").asText()).isEqualTo("2");
            assertThat(entry(answer, "HeartbeatInterval").path("readonly").asBoolean()).isFalse();
            assertThat(entry(answer, "HeartbeatInterval").path("value").asText()).isEqualTo("300");
            assertThat(entry(answer, "SupportedFeatureProfiles").path("value").asText())
                    .contains("Core", "FirmwareManagement", "LocalAuthListManagement", "Reservation",
                            "SmartCharging", "RemoteTrigger");
        }

        @Test
        void keysOfAProfileTheChargePointDoesNotSupportAreUnknown() {
            boot(b -> b.featureProfiles(EnumSet.of(FeatureProfile.Core)));
            assertThat(keys(call("GetConfiguration", payload()))).doesNotContain("LocalAuthListEnabled",
                    "ReserveConnectorZeroSupported", "ChargeProfileMaxStackLevel").contains("HeartbeatInterval");
            JsonNode answer = call("GetConfiguration", payload("key", List.of("LocalAuthListEnabled")));
            assertThat(answer.path("unknownKey")).extracting(JsonNode::asText).containsExactly("LocalAuthListEnabled");
            assertThat(call("ChangeConfiguration", payload("key", "LocalAuthListEnabled", "value", "false"))
                    .path("status").asText()).isEqualTo("NotSupported");
        }

        @Test
        void getConfigurationWithKeysAnswersThoseAndNamesTheUnknownOnes() {
            boot();
            JsonNode answer = call("GetConfiguration",
                    payload("key", List.of("MeterValueSampleInterval", "NoSuchKey", "HeartbeatInterval")));
            assertThat(keys(answer)).containsExactly("MeterValueSampleInterval", "HeartbeatInterval");
            assertThat(entry(answer, "MeterValueSampleInterval").path("value").asText()).isEqualTo("60");
            assertThat(answer.path("unknownKey")).extracting(JsonNode::asText).containsExactly("NoSuchKey");
        }

        @Test
        void anAcceptedChangeIsStoredAndReadBack() {
            boot();
            JsonNode answer = call("ChangeConfiguration", payload("key", "MeterValuesSampledData",
                    "value", "Energy.Active.Import.Register, Current.Import"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            assertThat(entry(call("GetConfiguration", payload("key", List.of("MeterValuesSampledData"))),
                    "MeterValuesSampledData").path("value").asText())
                    .isEqualTo("Energy.Active.Import.Register,Current.Import");
        }

        @Test
        void aReadOnlyKeyIsRejected() {
            boot();
            JsonNode answer = call("ChangeConfiguration", payload("key", "NumberOfConnectors", "value", "4"));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            assertThat(value("NumberOfConnectors")).isEqualTo("2");
        }

        @Test
        void anUnknownKeyIsNotSupported() {
            boot();
            JsonNode answer = call("ChangeConfiguration", payload("key", "NoSuchKey", "value", "1"));
            assertThat(answer.path("status").asText()).isEqualTo("NotSupported");
        }

        @Test
        void aBadValueIsRejectedAndChangesNothing() {
            boot();
            assertThat(call("ChangeConfiguration", payload("key", "HeartbeatInterval", "value", "soon"))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(call("ChangeConfiguration", payload("key", "HeartbeatInterval", "value", "0"))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(call("ChangeConfiguration", payload("key", "LocalPreAuthorize", "value", "maybe"))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(call("ChangeConfiguration", payload("key", "MeterValuesSampledData", "value", "Happiness"))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(value("HeartbeatInterval")).isEqualTo("300");
            assertThat(value("LocalPreAuthorize")).isEqualTo("false");
        }

        @Test
        void aKeyThatNeedsARebootSaysSo() {
            boot();
            JsonNode answer = call("ChangeConfiguration", payload("key", "ConnectorPhaseRotation",
                    "value", "0.RST,1.RST,2.STR"));
            assertThat(answer.path("status").asText()).isEqualTo("RebootRequired");
        }

        @Test
        void aNewHeartbeatIntervalReschedulesTheHeartbeatAtOnce() {
            boot();
            assertThat(value("HeartbeatInterval")).isEqualTo("300");
            advance(Duration.ofSeconds(120));
            assertThat(calls("Heartbeat")).isEmpty();

            JsonNode answer = call("ChangeConfiguration", payload("key", "HeartbeatInterval", "value", "60"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            advance(Duration.ofSeconds(180));
            awaitCalls("Heartbeat", 3);
            assertThat(calls("Heartbeat")).hasSize(3);
            assertThat(simulator.connectionStatus().connectionStatus(ChargePointId.of(CP))
                    .heartbeatIntervalSeconds()).isEqualTo(60);
        }

        @Test
        void aNewMeterValueSampleIntervalAppliesToTheRunningTransaction() {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("ChangeConfiguration", payload("key", "MeterValueSampleInterval", "value", "15"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            advance(Duration.ofSeconds(60));
            List<Frame> samples = awaitCalls("MeterValues", 4);
            assertThat(calls("MeterValues")).hasSize(4);
            assertThat(samples).allSatisfy(f -> {
                assertThat(f.payload().path("transactionId").asInt()).isEqualTo(tx);
                assertThat(f.payload().path("meterValue").path(0).path("sampledValue").path(0).path("context")
                        .asText()).isEqualTo("Sample.Periodic");
            });
        }

        @Test
        void zeroMeterValueSampleIntervalStopsTheSamples() {
            boot();
            startCharging(1, "user1");
            call("ChangeConfiguration", payload("key", "MeterValueSampleInterval", "value", "0"));
            advance(Duration.ofSeconds(240));
            assertThat(calls("MeterValues")).isEmpty();
        }

        @Test
        void aNewWebSocketPingIntervalStartsPingingAtOnce() {
            boot();
            advance(Duration.ofSeconds(60));
            assertThat(sandbox.pings(CP)).isZero();
            JsonNode answer = call("ChangeConfiguration", payload("key", "WebSocketPingInterval", "value", "10"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            advance(Duration.ofSeconds(30));
            assertThat(sandbox.awaitPings(CP, 3, WAIT)).isGreaterThanOrEqualTo(3);
        }

        @Test
        void theAuthorizationKeyIsNeverReadBackAndIsUsedAtTheNextConnection() {
            boot();
            String key = "n3w-s3cret-key-0123";
            JsonNode answer = call("ChangeConfiguration", payload("key", "AuthorizationKey", "value", key));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");

            JsonNode asked = call("GetConfiguration", payload("key", List.of("AuthorizationKey")));
            assertThat(keys(asked)).isEmpty();
            assertThat(asked.path("unknownKey")).isEmpty();
            assertThat(keys(call("GetConfiguration", payload()))).doesNotContain("AuthorizationKey");
            assertThat(sandbox.frames(CP)).noneMatch(f -> f.text().contains(key) && !f.isCall("ChangeConfiguration"));
            assertThat(events.events()).noneMatch(e -> e.message().contains(key));

            sandbox.requirePassword(CP, key);
            sandbox.disconnect(CP);
            events.await(EventType.DISCONNECTED, "connection lost", WAIT);
            time.advance(Duration.ofSeconds(8));
            awaitCalls("BootNotification", 2);
            sandbox.awaitCalls(CP, "StatusNotification", p -> true, 6, WAIT);
            assertThat(events.events(EventType.CONNECTION_FAILED)).isEmpty();
        }

        @Test
        void aTooShortAuthorizationKeyIsRejected() {
            boot();
            JsonNode answer = call("ChangeConfiguration", payload("key", "AuthorizationKey", "value", "short"));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
        }

        private String value(String key) {
            return entry(call("GetConfiguration", payload("key", List.of(key))), key).path("value").asText();
        }
    }

    @Nested
    class ClearCache {

        @Test
        void isAccepted() {
            boot();
            assertThat(call("ClearCache", payload()).path("status").asText()).isEqualTo("Accepted");
        }

        @Test
        void anIdTagTheCacheForgotIsAuthorizedAgain() {
            boot(b -> b.ocppConfiguration(Map.of("LocalPreAuthorize", "true")));
            chargeOnceAndLeave("cached1");
            assertThat(calls("Authorize")).hasSize(1);

            chargeOnceAndLeave("cached1");
            assertThat(calls("Authorize")).as("known from the cache: no Authorize").hasSize(1);
            assertThat(calls("StartTransaction")).hasSize(2);

            assertThat(call("ClearCache", payload()).path("status").asText()).isEqualTo("Accepted");
            chargeOnceAndLeave("cached1");
            assertThat(calls("Authorize")).hasSize(2);
        }

        private void chargeOnceAndLeave(String idTag) {
            startCharging(1, idTag);
            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitStatusesEndWith(1, "Finishing");
            simulator.plugOut().plugOut(connector(1));
            awaitStatusesEndWith(1, "Finishing", "Available");
            awaitNoCallInFlight();
        }
    }

    @Nested
    class DataTransfer {

        @Test
        void anUnknownVendorIsAnsweredUnknownVendorId() {
            boot();
            JsonNode answer = call("DataTransfer", payload("vendorId", "com.example", "messageId", "hello",
                    "data", "{}"));
            assertThat(answer.path("status").asText()).isEqualTo("UnknownVendorId");
            assertThat(answer.has("data")).isFalse();
        }

        @Test
        void aConfiguredRuleAnswers() {
            boot(b -> b.dataTransferRules(List.of(
                    new DataTransferRule("com.acme", "ping", DataTransferStatus.Accepted, "pong"),
                    new DataTransferRule("com.acme", "forbidden", DataTransferStatus.Rejected, null))));
            JsonNode ping = call("DataTransfer", payload("vendorId", "com.acme", "messageId", "ping", "data", "x"));
            assertThat(ping.path("status").asText()).isEqualTo("Accepted");
            assertThat(ping.path("data").asText()).isEqualTo("pong");
            assertThat(call("DataTransfer", payload("vendorId", "com.acme", "messageId", "forbidden"))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(call("DataTransfer", payload("vendorId", "com.acme", "messageId", "other"))
                    .path("status").asText()).isEqualTo("UnknownMessageId");
            assertThat(call("DataTransfer", payload("vendorId", "com.acme")).path("status").asText())
                    .isEqualTo("UnknownMessageId");
            assertThat(call("DataTransfer", payload("vendorId", "org.other", "messageId", "ping"))
                    .path("status").asText()).isEqualTo("UnknownVendorId");
        }

        @Test
        void aRuleWithoutMessageIdAnswersEveryMessageOfTheVendor() {
            boot(b -> b.dataTransferRules(List.of(
                    new DataTransferRule("com.acme", null, DataTransferStatus.Accepted, null))));
            assertThat(call("DataTransfer", payload("vendorId", "com.acme", "messageId", "anything"))
                    .path("status").asText()).isEqualTo("Accepted");
            assertThat(call("DataTransfer", payload("vendorId", "com.acme")).path("status").asText())
                    .isEqualTo("Accepted");
        }
    }

    @Nested
    class RemoteStartTransaction {

        @Test
        void withACableInItStartsWithoutAuthorizeByDefault() {
            boot();
            simulator.plugIn().plugIn(connector(1));
            awaitStatusesEndWith(1, "Preparing");
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            Frame start = awaitCall("StartTransaction", p -> true);
            assertThat(start.payload().path("connectorId").asInt()).isEqualTo(1);
            assertThat(start.payload().path("idTag").asText()).isEqualTo("remote1");
            awaitStatusesEndWith(1, "Available", "Preparing", "Charging");
            assertThat(calls("Authorize")).isEmpty();
        }

        @Test
        void withAuthorizeRemoteTxRequestsTheIdTagIsAuthorizedFirst() {
            boot(b -> b.ocppConfiguration(Map.of("AuthorizeRemoteTxRequests", "true")));
            simulator.plugIn().plugIn(connector(1));
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitCall("StartTransaction", p -> true);
            awaitStatusesEndWith(1, "Charging");
            assertThat(awaitCall("Authorize", p -> true).payload().path("idTag").asText()).isEqualTo("remote1");
            List<String> actions = actions();
            assertThat(actions.indexOf("Authorize")).isLessThan(actions.indexOf("StartTransaction"));
        }

        @Test
        void anIdTagTheCentralSystemBlocksStartsNothing() {
            sandbox.idTagStatus("blocked1", AuthorizationStatus.Blocked);
            boot(b -> b.ocppConfiguration(Map.of("AuthorizeRemoteTxRequests", "true")));
            simulator.plugIn().plugIn(connector(1));
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "blocked1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            events.await(EventType.AUTHORIZATION_REJECTED, "blocked1", WAIT);
            awaitNoCallInFlight();
            assertThat(calls("StartTransaction")).isEmpty();
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Preparing);
            assertThat(view(1).authorizedIdTag()).isNull();
        }

        @Test
        void withoutAConnectorIdTheConnectorWithACableIsChosen() {
            boot();
            simulator.plugIn().plugIn(connector(2));
            awaitStatusesEndWith(2, "Preparing");
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            assertThat(awaitCall("StartTransaction", p -> true).payload().path("connectorId").asInt()).isEqualTo(2);
            awaitStatusesEndWith(2, "Charging");
            assertThat(statuses(1)).containsExactly("Available");
        }

        @Test
        void withoutAConnectorIdOrACableTheFirstFreeConnectorWaitsForTheCable() {
            boot();
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1"));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Available", "Preparing");
            simulator.plugIn().plugIn(connector(1));
            assertThat(awaitCall("StartTransaction", p -> true).payload().path("connectorId").asInt()).isEqualTo(1);
            awaitStatusesEndWith(1, "Preparing", "Charging");
        }

        @Test
        void theCableMayComeAfterTheRequest() {
            boot();
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Available", "Preparing");
            awaitNoCallInFlight();
            assertThat(calls("StartTransaction")).isEmpty();
            assertThat(view(1).authorizedIdTag()).isEqualTo("remote1");

            simulator.plugIn().plugIn(connector(1));
            Frame start = awaitCall("StartTransaction", p -> true);
            assertThat(start.payload().path("idTag").asText()).isEqualTo("remote1");
            awaitStatusesEndWith(1, "Available", "Preparing", "Charging");
        }

        @Test
        void withoutACableTheConnectorGivesUpAfterConnectionTimeOut() {
            boot(b -> b.connectionTimeOut(Duration.ofSeconds(30)));
            call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            awaitStatusesEndWith(1, "Available", "Preparing");
            advance(Duration.ofSeconds(29));
            awaitNoCallInFlight();
            assertThat(statuses(1)).last().isEqualTo("Preparing");
            advance(Duration.ofSeconds(1));
            awaitStatusesEndWith(1, "Available", "Preparing", "Available");
            assertThat(view(1).authorizedIdTag()).isNull();
            simulator.plugIn().plugIn(connector(1));
            awaitStatusesEndWith(1, "Available", "Preparing");
            awaitNoCallInFlight();
            assertThat(calls("StartTransaction")).isEmpty();
        }

        @Test
        void aTxProfileLimitsTheTransactionItStarts() {
            boot();
            simulator.plugIn().plugIn(connector(1));
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1,
                    "chargingProfile", Map.of("chargingProfileId", 7, "stackLevel", 0,
                            "chargingProfilePurpose", "TxProfile", "chargingProfileKind", "Relative",
                            "chargingSchedule", Map.of("chargingRateUnit", "A",
                                    "chargingSchedulePeriod", List.of(Map.of("startPeriod", 0, "limit", 10.0))))));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            Frame start = awaitCall("StartTransaction", p -> true);
            awaitAnswer(start.uniqueId());
            awaitStatusesEndWith(1, "Charging");
            awaitNoCallInFlight();
            assertThat(view(1).chargingLimitW()).isCloseTo(10 * 230 * 0.99, within(1e-9)); // 10 A at PF 0.99
            JsonNode composite = call("GetCompositeSchedule", payload("connectorId", 1, "duration", 600,
                    "chargingRateUnit", "A"));
            assertThat(composite.path("status").asText()).isEqualTo("Accepted");
            assertThat(composite.path("chargingSchedule").path("chargingSchedulePeriod").path(0).path("limit")
                    .asDouble()).isEqualTo(10.0);
        }

        @Test
        void aTxProfileWhoseRemoteStartNeverStartedDoesNotLimitTheNextTransaction() {
            boot(b -> b.connectionTimeOut(Duration.ofSeconds(30)));
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1,
                    "chargingProfile", Map.of("chargingProfileId", 7, "stackLevel", 0,
                            "chargingProfilePurpose", "TxProfile", "chargingProfileKind", "Relative",
                            "chargingSchedule", Map.of("chargingRateUnit", "A",
                                    "chargingSchedulePeriod", List.of(Map.of("startPeriod", 0, "limit", 10.0))))));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            awaitStatusesEndWith(1, "Available", "Preparing");
            advance(Duration.ofSeconds(30));
            awaitStatusesEndWith(1, "Available", "Preparing", "Available");

            startCharging(1, "local1");
            assertThat(view(1).chargingLimitW()).as("the profile belonged to the remote start that expired")
                    .isNull();
        }

        @Test
        void aProfileOfAnotherPurposeIsRejected() {
            boot();
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1,
                    "chargingProfile", Map.of("chargingProfileId", 7, "stackLevel", 0,
                            "chargingProfilePurpose", "TxDefaultProfile", "chargingProfileKind", "Relative",
                            "chargingSchedule", Map.of("chargingRateUnit", "A",
                                    "chargingSchedulePeriod", List.of(Map.of("startPeriod", 0, "limit", 10.0))))));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(statuses(1)).containsExactly("Available");
        }

        @Test
        void aConnectorWithATransactionIsRejected() {
            boot();
            startCharging(1, "user1");
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StartTransaction")).hasSize(1);
        }

        @Test
        void aConnectorWaitingForItsCableIsRejected() {
            boot();
            call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 1));
            awaitStatusesEndWith(1, "Preparing");
            JsonNode answer = call("RemoteStartTransaction", payload("idTag", "remote2", "connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            assertThat(view(1).authorizedIdTag()).isEqualTo("remote1");
        }

        @Test
        void anUnknownConnectorIsRejected() {
            boot();
            assertThat(call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 7))
                    .path("status").asText()).isEqualTo("Rejected");
            assertThat(call("RemoteStartTransaction", payload("idTag", "remote1", "connectorId", 0))
                    .path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StatusNotification")).hasSize(3);
        }

        @Test
        void withoutAConnectorIdAndEveryConnectorBusyItIsRejected() {
            boot();
            startCharging(1, "user1");
            startCharging(2, "user2");
            assertThat(call("RemoteStartTransaction", payload("idTag", "remote1")).path("status").asText())
                    .isEqualTo("Rejected");
        }
    }

    @Nested
    class RemoteStopTransaction {

        @Test
        void stopsTheTransactionWithReasonRemote() {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("RemoteStopTransaction", payload("transactionId", tx));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            Frame stop = awaitCall("StopTransaction", p -> true);
            assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(tx);
            assertThat(stop.payload().path("reason").asText()).isEqualTo("Remote");
            awaitStatusesEndWith(1, "Charging", "Finishing");
            assertThat(sandbox.transaction(tx).orElseThrow().stop().orElseThrow().reason()).isEqualTo("Remote");
        }

        @Test
        void stopsOnlyTheTransactionNamed() {
            boot();
            startCharging(1, "user1");
            int second = startCharging(2, "user2");
            call("RemoteStopTransaction", payload("transactionId", second));
            assertThat(awaitCall("StopTransaction", p -> true).payload().path("transactionId").asInt())
                    .isEqualTo(second);
            awaitStatusesEndWith(2, "Finishing");
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Charging);
        }

        @Test
        void anUnknownTransactionIsRejected() {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("RemoteStopTransaction", payload("transactionId", tx + 1000));
            assertThat(answer.path("status").asText()).isEqualTo("Rejected");
            awaitNoCallInFlight();
            assertThat(calls("StopTransaction")).isEmpty();
            assertThat(view(1).status()).isEqualTo(ConnectorStatus.Charging);
        }
    }

    @Nested
    class UnlockConnector {

        @Test
        void duringATransactionStopsItWithReasonUnlockCommand() {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("UnlockConnector", payload("connectorId", 1));
            assertThat(answer.path("status").asText()).isEqualTo("Unlocked");
            Frame stop = awaitCall("StopTransaction", p -> true);
            assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(tx);
            assertThat(stop.payload().path("reason").asText()).isEqualTo("UnlockCommand");
            awaitStatusesEndWith(1, "Charging", "Finishing");
        }

        @Test
        void withoutATransactionIsUnlockedAndStopsNothing() {
            boot();
            JsonNode answer = call("UnlockConnector", payload("connectorId", 2));
            assertThat(answer.path("status").asText()).isEqualTo("Unlocked");
            awaitNoCallInFlight();
            assertThat(calls("StopTransaction")).isEmpty();
        }

        @Test
        void connectorZeroAndUnknownConnectorsFail() {
            boot();
            assertThat(call("UnlockConnector", payload("connectorId", 0)).path("status").asText())
                    .isEqualTo("UnlockFailed");
            assertThat(call("UnlockConnector", payload("connectorId", 3)).path("status").asText())
                    .isEqualTo("UnlockFailed");
        }
    }

    @Nested
    class Reset {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Hard", "Soft"})
        void stopsTheTransactionWithItsReasonRebootsAndBootsAgain(String type) {
            boot();
            int tx = startCharging(1, "user1");
            JsonNode answer = call("Reset", payload("type", type));
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");
            events.await(EventType.REBOOTING, type + " reset", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);

            awaitBootedAgain(2);
            Frame stop = awaitCall("StopTransaction", p -> true);
            assertThat(stop.payload().path("transactionId").asInt()).isEqualTo(tx);
            assertThat(stop.payload().path("reason").asText()).isEqualTo(type + "Reset");
            sandbox.awaitCalls(CP, "StatusNotification", p -> p.path("connectorId").asInt() == 2, 2, WAIT);
            awaitStatusesEndWith(1, "Finishing");
            awaitNoCallInFlight();
            assertThat(calls("StopTransaction")).hasSize(1);
            assertThat(sandbox.transaction(tx).orElseThrow().stop().orElseThrow().reason()).isEqualTo(type + "Reset");
        }

        @Test
        void softRebootsOnlyOnceTheStopTransactionIsAnswered() {
            boot();
            startCharging(1, "user1");
            call("Reset", payload("type", "Soft"));
            Frame stop = awaitCall("StopTransaction", p -> p.path("reason").asText().equals("SoftReset"));
            awaitAnswer(stop.uniqueId());
            events.await(EventType.REBOOTING, "Soft reset", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            assertThat(calls("BootNotification")).as("the stop went out on the connection before the reboot")
                    .hasSize(1);
        }

        @Test
        void anInoperativeConnectorStaysUnavailableAcrossTheReboot() {
            boot();
            call("ChangeAvailability", payload("connectorId", 2, "type", "Inoperative"));
            awaitStatusesEndWith(2, "Unavailable");
            call("Reset", payload("type", "Hard"));
            events.await(EventType.REBOOTING, "Hard reset", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            awaitBootedAgain(2);
            awaitCalls("BootNotification", 2);
            sandbox.awaitCalls(CP, "StatusNotification", p -> p.path("connectorId").asInt() == 2, 3, WAIT);
            assertThat(statuses(2)).containsExactly("Available", "Unavailable", "Unavailable");
            assertThat(statuses(1)).containsExactly("Available", "Available");
        }

        @Test
        void withoutATransactionTheChargePointRebootsAndBootsAgain() {
            boot();
            assertThat(call("Reset", payload("type", "Soft")).path("status").asText()).isEqualTo("Accepted");
            events.await(EventType.REBOOTING, "Soft reset", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            time.advance(Duration.ofSeconds(1));
            assertThat(sandbox.isConnected(CP)).isFalse();
            time.advance(Duration.ofSeconds(1));
            awaitCalls("BootNotification", 2);
            sandbox.awaitCalls(CP, "StatusNotification", p -> true, 6, WAIT);
            assertThat(calls("StopTransaction")).isEmpty();
        }
    }

    private static List<String> keys(JsonNode getConfiguration) {
        List<String> keys = new ArrayList<>();
        getConfiguration.path("configurationKey").forEach(entry -> keys.add(entry.path("key").asText()));
        return keys;
    }

    private static JsonNode entry(JsonNode getConfiguration, String key) {
        return StreamSupport.stream(getConfiguration.path("configurationKey").spliterator(), false)
                .filter(entry -> entry.path("key").asText().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(key + " is not in " + getConfiguration));
    }
}
