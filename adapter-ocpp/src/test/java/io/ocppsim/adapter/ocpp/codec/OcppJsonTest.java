package io.ocppsim.adapter.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.adapter.ocpp.message.core.AuthorizationStatus;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatRequest;
import io.ocppsim.adapter.ocpp.message.core.IdTagInfo;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OcppJsonTest {

    private final FrameCodec codec = new FrameCodec(OcppJson.newMapper());

    @Test
    void timestampsAreWrittenInUtcWithZToTheMillisecond() {
        var request = new StartTransactionRequest(1, "user123", 1500, null,
                Instant.parse("2026-03-01T10:00:00.123456789Z"));
        assertThat(codec.toPayload(request).toString()).isEqualTo(
                "{\"connectorId\":1,\"idTag\":\"user123\",\"meterStart\":1500,\"timestamp\":\"2026-03-01T10:00:00.123Z\"}");
        assertThat(OcppJson.format(Instant.parse("2026-03-01T10:00:00Z"))).isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    void absentOptionalFieldsAreLeftOutAndEmptyPayloadsAreEmptyObjects() {
        assertThat(codec.toPayload(new HeartbeatRequest()).toString()).isEqualTo("{}");
        assertThat(codec.toPayload(new IdTagInfo(null, null,
                AuthorizationStatus.Accepted)).toString())
                .isEqualTo("{\"status\":\"Accepted\"}");
    }

    @Test
    void timestampsAreReadWithAnyOffset() throws Exception {
        var conf = codec.fromPayload(codec.mapper().readTree(
                "{\"currentTime\":\"2026-03-01T12:00:00+02:00\",\"interval\":60,\"status\":\"Pending\",\"extra\":1}"),
                BootNotificationConfirmation.class);
        assertThat(conf.currentTime()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(OcppJson.parse("2026-03-01T10:00:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }
}
