package io.ocppsim.adapter.ocpp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficTest {

    @Test
    void theValueOfAnAuthorizationKeyNeverShows() {
        String frame = "[2,\"c-1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"s3cr\\\"et-key\"}]";
        assertThat(Traffic.redacted(frame))
                .isEqualTo("[2,\"c-1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"***\"}]");
    }

    @Test
    void otherFramesStayAsTheyAre() {
        String frame = "[2,\"c-2\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}]";
        assertThat(Traffic.redacted(frame)).isEqualTo(frame);
    }
}
