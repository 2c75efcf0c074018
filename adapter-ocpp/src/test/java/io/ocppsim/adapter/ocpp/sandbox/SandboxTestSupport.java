package io.ocppsim.adapter.ocpp.sandbox;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a fresh sandbox for every test and closes it and its charge points afterwards. */
abstract class SandboxTestSupport {

    static final Duration TIMEOUT = TestChargePoint.TIMEOUT;

    protected SandboxCentralSystem cs;

    @BeforeEach
    void startSandbox() {
        cs = new SandboxCentralSystem().start();
    }

    @AfterEach
    void stopSandbox() {
        cs.stop();
    }

    /** A connected charge point the sandbox accepted with a BootNotification. */
    TestChargePoint booted(String id) {
        TestChargePoint chargePoint = TestChargePoint.connect(cs, id);
        chargePoint.callOk("BootNotification", Payloads.boot());
        return chargePoint;
    }
}
