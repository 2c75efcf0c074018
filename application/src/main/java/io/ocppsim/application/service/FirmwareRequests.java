package io.ocppsim.application.service;

import io.ocppsim.application.event.EventType;
import io.ocppsim.application.event.Severity;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareSimulation;
import io.ocppsim.application.port.in.ocpp.FirmwareManagementUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort.DiagnosticsStatus;
import io.ocppsim.application.port.out.CentralSystemPort.FirmwareStatus;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.application.port.out.FileTransferPort;
import io.ocppsim.application.port.out.SchedulerPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.connector.Connector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * UpdateFirmware and GetDiagnostics (OCPP 1.6 §5.19, §5.9, §4.4, §4.5).
 *
 * <p>A firmware update starts at retrieveDate: Downloading, then Downloaded (an http(s) or ftp
 * location is really downloaded; any other one is taken as downloaded after the configured time),
 * then, once no transaction runs, Installing and Installed, and the charge point reboots with the
 * new firmware version: the location's file name without its extension. A download that fails
 * (or is configured to) reports DownloadFailed and is tried again {@code retries} times,
 * {@code retryInterval} apart; a configured installation failure reports InstallationFailed.
 *
 * <p>GetDiagnostics answers a file name, then uploads a generated diagnostics file (Uploading,
 * then Uploaded or, after the retries, UploadFailed).
 */
final class FirmwareRequests implements FirmwareManagementUseCase {

    static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(30);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ChargePointRegistry registry;
    private final CentralSystemPort centralSystem;
    private final FileTransferPort files;
    private final SchedulerPort scheduler;
    private final Clock clock;
    private final EventFactory events;
    private final Reboots reboots;

    FirmwareRequests(ChargePointRegistry registry, CentralSystemPort centralSystem, FileTransferPort files,
            SchedulerPort scheduler, Clock clock, EventFactory events, Reboots reboots) {
        this.registry = registry;
        this.centralSystem = centralSystem;
        this.files = files;
        this.scheduler = scheduler;
        this.clock = clock;
        this.events = events;
        this.reboots = reboots;
    }

    // ------------------------------------------------------------------ firmware

    @Override
    public Reply<Void> updateFirmware(ChargePointId chargePoint, URI location, Instant retrieveDate, Integer retries,
            Duration retryInterval) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        int tries = 1 + Math.max(0, retries == null ? 0 : retries);
        Duration pause = retryInterval == null ? DEFAULT_RETRY_INTERVAL : retryInterval;
        return Reply.of(null, () -> cp.locked(() -> {
            cp.firmwareTimer.cancel();
            if (cp.pendingReboot != null) {
                cp.pendingReboot = null; // the newer update replaces one that waited to install
            }
            long update = ++cp.firmwareGeneration;
            Duration wait = Duration.between(clock.instant(), retrieveDate);
            cp.firmwareTimer = scheduler.schedule(wait.isNegative() ? Duration.ZERO : wait,
                    () -> download(cp, update, location, tries, pause));
        }));
    }

    private void download(SimulatedChargePoint cp, long update, URI location, int triesLeft, Duration pause) {
        FirmwareSimulation simulation = cp.settings().firmware();
        if (!cp.locked(() -> current(cp, update))) {
            return;
        }
        cp.locked(() -> firmwareStatus(cp, FirmwareStatus.Downloading, location.toString()));
        boolean transferable = isTransferable(location);
        CompletionStage<Long> transfer = transferable ? files.download(location)
                : CompletableFuture.completedFuture(0L);
        transfer.whenComplete((size, error) -> cp.locked(() -> {
            if (!current(cp, update)) {
                return;
            }
            cp.firmwareTimer = scheduler.schedule(simulation.downloadTime(), () -> cp.locked(() -> {
                if (!current(cp, update)) {
                    return;
                }
                if (error != null || simulation.failure() == FirmwareFailure.DOWNLOAD) {
                    String why = error != null ? Failures.describe(error) : "the download failed as configured";
                    firmwareStatus(cp, FirmwareStatus.DownloadFailed, why);
                    if (triesLeft > 1) {
                        cp.firmwareTimer = scheduler.schedule(pause, () -> download(cp, update, location,
                                triesLeft - 1, pause));
                    } else {
                        cp.firmwareStatus = FirmwareStatus.Idle;
                    }
                    return;
                }
                firmwareStatus(cp, FirmwareStatus.Downloaded, transferable ? size + " bytes" : "simulated");
                whenNoTransactionRuns(cp, () -> install(cp, update, location));
            }));
        }));
    }

    private void install(SimulatedChargePoint cp, long update, URI location) {
        if (!current(cp, update)) {
            return;
        }
        FirmwareSimulation simulation = cp.settings().firmware();
        firmwareStatus(cp, FirmwareStatus.Installing, null);
        cp.firmwareTimer = scheduler.schedule(simulation.installTime(), () -> cp.locked(() -> {
            if (!current(cp, update)) {
                return;
            }
            if (simulation.failure() == FirmwareFailure.INSTALLATION) {
                firmwareStatus(cp, FirmwareStatus.InstallationFailed, "the installation failed as configured");
                cp.firmwareStatus = FirmwareStatus.Idle;
                return;
            }
            String version = versionOf(location);
            cp.chargePoint().installFirmware(version);
            firmwareStatus(cp, FirmwareStatus.Installed, version);
            cp.firmwareStatus = FirmwareStatus.Idle;
            cp.outbound.whenIdle(() -> reboots.reboot(cp, "firmware " + version + " installed"));
        }));
    }

    /** Whether {@code update} is still the charge point's latest UpdateFirmware. Under the lock. */
    private static boolean current(SimulatedChargePoint cp, long update) {
        return cp.firmwareGeneration == update;
    }

    /** Installing waits until no transaction runs. Under the lock. */
    private static void whenNoTransactionRuns(SimulatedChargePoint cp, Runnable action) {
        boolean running = cp.chargePoint().connectors().stream().map(Connector::transaction)
                .anyMatch(Optional::isPresent);
        if (running) {
            cp.pendingReboot = action;
        } else {
            action.run();
        }
    }

    /** The file name of the location without its (last) extension, at most 50 characters: the new firmware version. */
    static String versionOf(URI location) {
        String path = Optional.ofNullable(location.getPath()).orElse("");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "updated";
        }
        return base.length() > 50 ? base.substring(0, 50) : base;
    }

    /** Sends FirmwareStatusNotification with the status as it is: TriggerMessage. Under the lock. */
    void reportFirmwareStatus(SimulatedChargePoint cp) {
        FirmwareStatus status = cp.firmwareStatus;
        notify(cp, "FirmwareStatusNotification", () -> centralSystem.firmwareStatusNotification(cp.id(), status));
    }

    private void firmwareStatus(SimulatedChargePoint cp, FirmwareStatus status, String detail) {
        cp.firmwareStatus = status;
        events.publish(cp.id(), null, EventType.FIRMWARE_STATUS,
                status.name().endsWith("Failed") ? Severity.WARNING : Severity.INFO,
                "firmware " + status + (detail == null ? "" : ": " + detail),
                detail == null ? Map.of("status", status.name()) : Map.of("status", status.name(), "detail", detail));
        reportFirmwareStatus(cp);
    }

    // ------------------------------------------------------------------ diagnostics

    @Override
    public Reply<Optional<String>> getDiagnostics(ChargePointId chargePoint, URI location, Integer retries,
            Duration retryInterval, Instant startTime, Instant stopTime) {
        SimulatedChargePoint cp = registry.require(chargePoint);
        String fileName = "diagnostics-" + cp.id().value() + "-" + FILE_TIME.format(clock.instant()) + ".txt";
        int tries = 1 + Math.max(0, retries == null ? 0 : retries);
        Duration pause = retryInterval == null ? DEFAULT_RETRY_INTERVAL : retryInterval;
        return Reply.of(Optional.of(fileName), () -> cp.locked(() -> {
            cp.diagnosticsTimer.cancel();
            upload(cp, location, fileName, diagnostics(cp, startTime, stopTime), tries, pause);
        }));
    }

    private void upload(SimulatedChargePoint cp, URI location, String fileName, byte[] content, int triesLeft,
            Duration pause) {
        diagnosticsStatus(cp, DiagnosticsStatus.Uploading, location.toString());
        CompletionStage<Void> transfer = isTransferable(location)
                ? files.upload(location, fileName, content)
                : CompletableFuture.failedFuture(new IllegalArgumentException(
                        "cannot upload to " + location.getScheme() + ": only http, https and ftp"));
        transfer.whenComplete((done, error) -> cp.locked(() -> {
            if (error == null) {
                diagnosticsStatus(cp, DiagnosticsStatus.Uploaded, fileName);
                cp.diagnosticsStatus = DiagnosticsStatus.Idle;
            } else {
                diagnosticsStatus(cp, DiagnosticsStatus.UploadFailed, Failures.describe(error));
                cp.diagnosticsStatus = DiagnosticsStatus.Idle;
                if (triesLeft > 1) {
                    cp.diagnosticsTimer = scheduler.schedule(pause, () -> cp.locked(() ->
                            upload(cp, location, fileName, content, triesLeft - 1, pause)));
                }
            }
        }));
    }

    /** What the diagnostics file holds: the charge point, its connectors and its configuration. Under the lock. */
    private byte[] diagnostics(SimulatedChargePoint cp, Instant startTime, Instant stopTime) {
        StringBuilder text = new StringBuilder();
        text.append("ocpp-simulator diagnostics of ").append(cp.id()).append('\n')
                .append("generated ").append(clock.instant()).append('\n')
                .append("period ").append(startTime == null ? "-" : startTime).append(" .. ")
                .append(stopTime == null ? "-" : stopTime).append('\n')
                .append("firmware ").append(cp.chargePoint().vendorInfo().firmwareVersion()).append('\n');
        for (Connector connector : cp.chargePoint().allConnectors()) {
            text.append("connector ").append(connector.id()).append(": ").append(connector.status())
                    .append(" errorCode=").append(connector.errorCode())
                    .append(" register=").append(connector.meterReading(clock.instant())).append('\n');
        }
        cp.configuration().report(List.of()).entries().forEach(entry ->
                text.append(entry.key()).append('=').append(entry.value()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends DiagnosticsStatusNotification with the status as it is: TriggerMessage. Under the lock. */
    void reportDiagnosticsStatus(SimulatedChargePoint cp) {
        DiagnosticsStatus status = cp.diagnosticsStatus;
        notify(cp, "DiagnosticsStatusNotification",
                () -> centralSystem.diagnosticsStatusNotification(cp.id(), status));
    }

    private void diagnosticsStatus(SimulatedChargePoint cp, DiagnosticsStatus status, String detail) {
        cp.diagnosticsStatus = status;
        events.publish(cp.id(), null, EventType.DIAGNOSTICS_STATUS,
                status == DiagnosticsStatus.UploadFailed ? Severity.WARNING : Severity.INFO,
                "diagnostics " + status + (detail == null ? "" : ": " + detail),
                detail == null ? Map.of("status", status.name()) : Map.of("status", status.name(), "detail", detail));
        reportDiagnosticsStatus(cp);
    }

    // ------------------------------------------------------------------ common

    private static boolean isTransferable(URI location) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp");
    }

    /** A status notification: sent while online, dropped otherwise (TriggerMessage asks for it again). */
    private void notify(SimulatedChargePoint cp, String action,
            Supplier<CompletionStage<?>> send) {
        cp.outbound.add(OutboundQueue.message(action, false, send, answer -> {
        }, cause -> {
            if (!(Failures.unwrap(cause) instanceof CentralSystemException.NotConnected)) {
                events.publish(cp.id(), null, EventType.CENTRAL_SYSTEM_CALL_FAILED, Severity.WARNING,
                        action + " failed: " + Failures.describe(cause),
                        Map.of("action", action, "error", Failures.describe(cause)));
            }
        }));
    }
}
