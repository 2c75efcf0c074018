package io.ocppsim.adapter.ocpp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.adapter.ocpp.sandbox.SandboxCentralSystem;
import io.ocppsim.application.testing.RecordingEventPublisher;
import io.ocppsim.application.testing.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The transport on virtual time against the sandbox on loopback; both closed after each test. */
abstract class LoopbackTransportTest {

    final VirtualTime time = new VirtualTime();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final SandboxCentralSystem sandbox = new SandboxCentralSystem().start();
    final OcppTransport transport = new OcppTransport(time,
            new OcppTransport.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)), events, time.clock());

    @AfterEach
    void stopTransportAndSandbox() {
        transport.close();
        sandbox.stop();
        assertThat(sandbox.violations()).as("frames a strict Central System would reject").isEmpty();
    }
}
