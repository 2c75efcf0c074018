package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The Firmware Management profile's requests of a Central System. */
public interface FirmwareManagementUseCase {

    /**
     * UpdateFirmware: at {@code retrieveDate} the charge point downloads and installs the firmware
     * at {@code location}, reporting each step with FirmwareStatusNotification, then reboots.
     *
     * @param retries how many times to try again after a failed download (null: the charge point decides)
     * @param retryInterval the wait between tries (null: the charge point decides)
     */
    Reply<Void> updateFirmware(ChargePointId chargePoint, URI location, Instant retrieveDate, Integer retries,
            Duration retryInterval);

    /**
     * GetDiagnostics: the charge point uploads a diagnostics file to {@code location}, reporting
     * with DiagnosticsStatusNotification. Answers the file's name (empty: no diagnostics available).
     */
    Reply<Optional<String>> getDiagnostics(ChargePointId chargePoint, URI location, Integer retries,
            Duration retryInterval, Instant startTime, Instant stopTime);
}
