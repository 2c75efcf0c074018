package io.ocppsim.adapter.ocpp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.adapter.ocpp.ProducesInvalidPayloadOnPurpose;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.out.CentralSystemEndpoint.Tls;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A payload of the simulator that breaks the schema is never sent: it is refused, reported and counted. */
class InvalidPayloadTest extends LoopbackTransportTest {

    private static final String CP = "CP-INVALID-1";

    @Test
    @ProducesInvalidPayloadOnPurpose
    void anInvalidPayloadIsRefusedReportedAndCounted() {
        ConnectionProbe probe = new ConnectionProbe(transport, CP)
                .open(sandbox.url() + "/" + CP, Map.of(), Tls.SYSTEM_DEFAULT).awaitOpened();
        long before = OcppTransport.invalidPayloadsRefused();

        var answer = probe.connection().call(Action.BOOT_NOTIFICATION,
                transport.codec().mapper().createObjectNode().put("chargePointVendor", "v".repeat(21)));

        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(OcppTransport.invalidPayloadsRefused()).isEqualTo(before + 1);
        assertThat(events.events(EventType.OCPP_MESSAGE_SENT)).anySatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.message()).contains("refused to send an invalid BootNotification");
        });
        assertThat(sandbox.frames()).isEmpty();
    }
}
