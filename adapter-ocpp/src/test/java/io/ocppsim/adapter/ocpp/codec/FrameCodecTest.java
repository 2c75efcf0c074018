package io.ocppsim.adapter.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec(OcppJson.newMapper());

    @ParameterizedTest
    @ValueSource(strings = {
        "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"VendorX\",\"chargePointModel\":\"SingleSocketCharger\"}]",
        "[3,\"19223201\",{\"currentTime\":\"2013-02-01T20:53:32.486Z\",\"interval\":300,\"status\":\"Accepted\"}]",
        "[4,\"162376037\",\"NotSupported\",\"SetDisplayMessageRequest not implemented\",{}]",
        "[2,\"a\",\"Heartbeat\",{}]",
    })
    void capturedFramesSurviveARoundTrip(String text) throws Exception {
        assertThat(codec.encode(codec.parse(text))).isEqualTo(text);
    }

    @Test
    void aCallIsReadIntoItsParts() throws Exception {
        var frame = codec.parse("[2, \"u1\", \"Reset\", {\"type\": \"Hard\"}]");
        assertThat(frame).isInstanceOfSatisfying(OcppFrame.Call.class, call -> {
            assertThat(call.uniqueId()).isEqualTo("u1");
            assertThat(call.action()).isEqualTo("Reset");
            assertThat(call.payload().get("type").asText()).isEqualTo("Hard");
        });
    }

    @Test
    void aCallErrorWithoutDetailsIsAccepted() throws Exception {
        assertThat(codec.parse("[4,\"u\",\"InternalError\",\"oops\"]"))
                .isInstanceOfSatisfying(OcppFrame.CallError.class, e -> assertThat(e.errorDetails().isObject()).isTrue());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "not json at all                          | null | FormationViolation | false",
        "{\"a\": 1}                               | null | FormationViolation | false",
        "[]                                       | null | FormationViolation | true",
        "[\"2\", \"u1\", \"Reset\", {}]           | u1   | FormationViolation | true",
        "[2, 17, \"Reset\", {}]                   | null | FormationViolation | true",
        "[2, \"u1\", \"Reset\"]                   | u1   | ProtocolError      | true",
        "[2, \"u1\", \"Reset\", {}, 5]            | u1   | FormationViolation | true",
        "[2, \"u1\", 42, {}]                      | u1   | FormationViolation | true",
        "[2, \"u1\", \"Reset\", []]               | u1   | FormationViolation | true",
        "[7, \"u1\", \"Reset\", {}]               | u1   | FormationViolation | true",
        "[3, \"u1\"]                              | u1   | FormationViolation | false",
        "[4, \"u1\", 5, \"x\", {}]                | u1   | FormationViolation | false",
        "[2, \"0123456789012345678901234567890123456\", \"Reset\", {}] | 0123456789012345678901234567890123456 | FormationViolation | true",
    })
    void malformedFramesSayHowToAnswerThem(String text, String uniqueId, ErrorCode code, boolean call) {
        assertThatThrownBy(() -> codec.parse(text)).isInstanceOfSatisfying(MalformedFrameException.class, e -> {
            assertThat(e.uniqueId().orElse(null)).isEqualTo(uniqueId);
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.wasCall()).isEqualTo(call);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
