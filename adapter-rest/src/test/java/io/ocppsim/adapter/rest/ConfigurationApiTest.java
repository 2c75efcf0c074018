package io.ocppsim.adapter.rest;

import static io.ocppsim.adapter.rest.Samples.CP1;
import static io.ocppsim.adapter.rest.Samples.CP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.application.port.in.GetConfigurationUseCase.ConfigurationKeyView;
import io.ocppsim.application.port.in.RefusedException.Reason;
import io.ocppsim.application.port.in.RefusedException;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationApiTest extends ApiTestBase {

    private static final List<ConfigurationKeyView> KEYS = List.of(
            new ConfigurationKeyView("AllowOfflineTxForUnknownId", false, "false"),
            new ConfigurationKeyView("HeartbeatInterval", false, "300"),
            new ConfigurationKeyView("NumberOfConnectors", true, "2"),
            new ConfigurationKeyView("StopTxnSampledData", false, ""));

    private void answersChange(ConfigurationStatus status, String reason) {
        when(useCases.coreProfile.changeConfiguration(any(), anyString(), anyString()))
                .thenReturn(Reply.of(new ConfigurationChange(status, reason)));
    }

    @Test
    void listsEveryKeyOfTheFirstChargePointInOrder() {
        when(useCases.configuration.configuration(CP1)).thenReturn(KEYS);

        JsonNode data = api.get("/configuration").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("charge_point_id", "configuration");
        assertThat(data.get("charge_point_id").asText()).isEqualTo("CP001");
        JsonNode keys = data.get("configuration");
        assertThat(keys).extracting(key -> key.get("key").asText()).containsExactly("AllowOfflineTxForUnknownId",
                "HeartbeatInterval", "NumberOfConnectors", "StopTxnSampledData");
        assertThat(keys.get(1).propertyStream().map(Map.Entry::getKey)).containsExactly("key", "readonly", "value");
        assertThat(keys.get(1).get("readonly").isBoolean()).isTrue();
        assertThat(keys.get(1).get("readonly").booleanValue()).isFalse();
        assertThat(keys.get(1).get("value").asText()).isEqualTo("300");
        assertThat(keys.get(2).get("readonly").booleanValue()).isTrue();
        assertThat(keys.get(3).get("value").isTextual()).isTrue();
        assertThat(keys.get(3).get("value").asText()).isEmpty();
    }

    @Test
    void listsTheKeysOfAnyChargePointUnderItsId() {
        when(useCases.configuration.configuration(CP2)).thenReturn(KEYS.subList(0, 1));

        JsonNode data = api.get("/charge-points/CP002/configuration").data();

        assertThat(data.get("charge_point_id").asText()).isEqualTo("CP002");
        assertThat(data.get("configuration")).hasSize(1);
        verify(useCases.configuration).configuration(CP2);
    }

    @Test
    void answers404ListingTheKeysOfAnUnknownChargePoint() {
        when(useCases.configuration.configuration(any())).thenThrow(new RefusedException(
                Reason.CHARGE_POINT_NOT_FOUND, "no charge point with id NOPE", Map.of("charge_point_id", "NOPE")));

        api.get("/charge-points/NOPE/configuration").failure(404, "CHARGE_POINT_NOT_FOUND");
    }

    @Test
    void changesAKeyAsChangeConfigurationWould() {
        answersChange(ConfigurationStatus.Accepted, null);

        JsonNode data = api.put("/configuration/HeartbeatInterval", "{\"value\": \"600\"}").data();

        assertThat(data.propertyStream().map(Map.Entry::getKey)).containsExactly("key", "status");
        assertThat(data.get("key").asText()).isEqualTo("HeartbeatInterval");
        assertThat(data.get("status").asText()).isEqualTo("Accepted");
        verify(useCases.coreProfile).changeConfiguration(CP1, "HeartbeatInterval", "600");
    }

    @Test
    void answersRebootRequiredAsASuccess() {
        answersChange(ConfigurationStatus.RebootRequired, "WebSocketPingInterval is stored and takes effect after a "
                + "reboot");

        JsonNode data = api.put("/configuration/WebSocketPingInterval", "{\"value\": \"30\"}").data();

        assertThat(data.get("status").asText()).isEqualTo("RebootRequired");
    }

    @Test
    void changesAKeyOfAnyChargePointUnderItsId() {
        answersChange(ConfigurationStatus.Accepted, null);

        api.put("/charge-points/CP002/configuration/MeterValueSampleInterval", "{\"value\": \"10\"}").data();

        verify(useCases.coreProfile).changeConfiguration(CP2, "MeterValueSampleInterval", "10");
    }

    @Test
    void passesAnEmptyValueOn() {
        answersChange(ConfigurationStatus.Accepted, null);

        api.put("/configuration/StopTxnSampledData", "{\"value\": \"\"}").data();

        verify(useCases.coreProfile).changeConfiguration(CP1, "StopTxnSampledData", "");
    }

    @Test
    void runsWhatTheReplyHasForAfterItWasSent() {
        Runnable afterSent = mock(Runnable.class);
        when(useCases.coreProfile.changeConfiguration(any(), anyString(), anyString()))
                .thenReturn(Reply.of(ConfigurationChange.accepted(), afterSent));

        api.put("/configuration/HeartbeatInterval", "{\"value\": \"600\"}").data();

        verify(afterSent, timeout(5_000)).run(); // it runs once the answer is on its way
    }

    @Test
    void answers400WithTheReasonWhenTheChargePointRejectsTheChange() {
        answersChange(ConfigurationStatus.Rejected, "HeartbeatInterval: must be an integer, was 'soon'");

        JsonNode error = api.put("/configuration/HeartbeatInterval", "{\"value\": \"soon\"}")
                .failure(400, "CONFIGURATION_REJECTED");

        assertThat(error.get("message").asText()).contains("HeartbeatInterval", "must be an integer, was 'soon'");
        assertThat(error.get("details").propertyStream().map(Map.Entry::getKey))
                .containsExactly("key", "status", "reason");
        assertThat(error.at("/details/key").asText()).isEqualTo("HeartbeatInterval");
        assertThat(error.at("/details/status").asText()).isEqualTo("Rejected");
        assertThat(error.at("/details/reason").asText()).isEqualTo("HeartbeatInterval: must be an integer, was 'soon'");
    }

    @Test
    void answers400ForAReadOnlyKeyAndStillRunsWhatFollowsTheReply() {
        Runnable afterSent = mock(Runnable.class);
        when(useCases.coreProfile.changeConfiguration(any(), anyString(), anyString())).thenReturn(Reply.of(
                new ConfigurationChange(ConfigurationStatus.Rejected, "NumberOfConnectors is read-only"), afterSent));

        JsonNode error = api.put("/configuration/NumberOfConnectors", "{\"value\": \"4\"}")
                .failure(400, "CONFIGURATION_REJECTED");

        assertThat(error.get("message").asText()).contains("NumberOfConnectors is read-only");
        verify(afterSent, timeout(5_000)).run(); // it runs once the answer is on its way
    }

    @Test
    void neverEchoesTheValueOfARejectedChange() {
        answersChange(ConfigurationStatus.Rejected, "AuthorizationKey: must be at least 8 characters");

        ApiAnswer answer = api.put("/configuration/AuthorizationKey", "{\"value\": \"s3cr3t\"}");

        answer.failure(400, "CONFIGURATION_REJECTED");
        assertThat(answer.body()).doesNotContain("s3cr3t");
    }

    @Test
    void answers404ForAKeyTheChargePointDoesNotKnow() {
        answersChange(ConfigurationStatus.NotSupported, "unknown configuration key");

        JsonNode error = api.put("/configuration/FooBar", "{\"value\": \"1\"}")
                .failure(404, "CONFIGURATION_KEY_UNKNOWN");

        assertThat(error.get("message").asText()).contains("FooBar");
        assertThat(error.at("/details/key").asText()).isEqualTo("FooBar");
        assertThat(error.at("/details/status").asText()).isEqualTo("NotSupported");
        assertThat(error.at("/details/reason").asText()).isEqualTo("unknown configuration key");
    }

    @Test
    void answers404ForAKeyOfAProfileTheChargePointDoesNotSupport() {
        answersChange(ConfigurationStatus.NotSupported,
                "LocalAuthListEnabled belongs to feature profile LocalAuthListManagement, which this charge point "
                        + "does not support");

        JsonNode error = api.put("/configuration/LocalAuthListEnabled", "{\"value\": \"false\"}")
                .failure(404, "CONFIGURATION_KEY_UNKNOWN");

        assertThat(error.get("message").asText()).contains("LocalAuthListManagement");
    }

    @Test
    void answers404ChangingAKeyOfAnUnknownChargePoint() {
        when(useCases.coreProfile.changeConfiguration(any(), anyString(), anyString())).thenThrow(
                new RefusedException(Reason.CHARGE_POINT_NOT_FOUND, "no charge point with id NOPE"));

        api.put("/charge-points/NOPE/configuration/HeartbeatInterval", "{\"value\": \"600\"}")
                .failure(404, "CHARGE_POINT_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", "{}", "{\"value\": null}"})
    void answers400WithoutAValue(String body) {
        JsonNode error = api.put("/configuration/HeartbeatInterval", body).badRequest("value");

        assertThat(error.get("message").asText()).contains("required");
        verifyNoInteractions(useCases.coreProfile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\": 600}", "{\"value\": true}", "{\"value\": [\"600\"]}",
            "{\"value\": {\"v\": \"600\"}}"})
    void answers400ForAValueThatIsNotAString(String body) {
        JsonNode error = api.put("/configuration/HeartbeatInterval", body).badRequest("value");

        assertThat(error.get("message").asText()).isEqualTo("value: must be a string");
        verifyNoInteractions(useCases.coreProfile);
    }

    @Test
    void answers400NamingAnUnknownBodyField() {
        JsonNode error = api.put("/configuration/HeartbeatInterval", "{\"value\": \"600\", \"key\": \"x\"}")
                .badRequest("key");

        assertThat(error.at("/details/allowed").toString()).isEqualTo("[\"value\"]");
        verifyNoInteractions(useCases.coreProfile);
    }

    @Test
    void answers400ForAMalformedBody() {
        api.put("/configuration/HeartbeatInterval", "{\"value\": ").failure(400, "BAD_REQUEST");

        verifyNoInteractions(useCases.coreProfile);
    }
}
