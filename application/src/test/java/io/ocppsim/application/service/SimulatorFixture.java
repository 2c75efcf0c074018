package io.ocppsim.application.service;

import io.ocppsim.application.port.in.ChargePointSettings;
import io.ocppsim.application.port.in.ConnectorRef;
import io.ocppsim.application.testing.FakeCentralSystem;
import io.ocppsim.application.testing.FakeFileTransfer;
import io.ocppsim.application.testing.RecordingEventPublisher;
import io.ocppsim.application.testing.VirtualTime;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.meter.Power;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/** A simulator over in-memory ports on virtual time, with one charge point "CP1" of two connectors. */
class SimulatorFixture {

    static final ChargePointId CP = ChargePointId.of("CP1");
    static final Duration HEARTBEAT = Duration.ofSeconds(300);

    final VirtualTime time = new VirtualTime();
    final FakeCentralSystem centralSystem = new FakeCentralSystem();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final FakeFileTransfer files = new FakeFileTransfer();
    final Simulator simulator = new Simulator(centralSystem, files, events, events, time, time.clock(),
            new SplittableRandom(42), "test");

    SimulatorFixture() {
        this(b -> b);
    }

    SimulatorFixture(UnaryOperator<ChargePointSettings.Builder> settings) {
        simulator.addChargePoint().addChargePoint(settings.apply(ChargePointSettings
                .builder(CP, URI.create("ws://127.0.0.1:9/ocpp")).connectorCount(2)
                .maxChargingPower(Power.ofWatts(7200)).meterValueSampleInterval(Duration.ofSeconds(60)))
                .build());
    }

    static ConnectorRef connector(int id) {
        return ConnectorRef.of(CP, id);
    }

    /** Connects CP1 to a Central System that answers everything, and lets it boot. */
    SimulatorFixture online() {
        centralSystem.answerLikeASandbox(time.clock(), HEARTBEAT);
        simulator.connect().connect(CP);
        centralSystem.acceptConnection(CP);
        return this;
    }
}
