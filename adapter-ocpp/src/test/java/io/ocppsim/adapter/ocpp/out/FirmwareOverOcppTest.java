package io.ocppsim.adapter.ocpp.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.ocppsim.adapter.ocpp.transfer.FileTransfer;
import io.ocppsim.application.event.EventType;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareSimulation;
import io.ocppsim.application.port.in.StopTransactionCommand;
import io.ocppsim.application.testing.FakeFileTransfer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Firmware Management profile over a real loopback WebSocket: UpdateFirmware (download,
 * installation, reboot, the new firmware version at the next boot, failures and retries) and
 * GetDiagnostics (the file name, the upload, failures and retries), with the
 * FirmwareStatusNotification and DiagnosticsStatusNotification the charge point sends on the way.
 */
class FirmwareOverOcppTest extends OverOcppTestBase {

    private static final Duration STEP = Duration.ofSeconds(5);

    /** The statuses of the FirmwareStatusNotifications sent so far, in order. */
    private List<String> firmwareStatuses() {
        return calls("FirmwareStatusNotification").stream().map(f -> f.payload().path("status").asText()).toList();
    }

    private List<String> diagnosticsStatuses() {
        return calls("DiagnosticsStatusNotification").stream().map(f -> f.payload().path("status").asText()).toList();
    }

    private void awaitFirmwareStatuses(String... statuses) {
        sandbox.awaitFrames(frames -> firmwareStatuses().equals(List.of(statuses)), WAIT);
    }

    private void awaitDiagnosticsStatuses(String... statuses) {
        sandbox.awaitFrames(frames -> diagnosticsStatuses().equals(List.of(statuses)), WAIT);
    }

    @Nested
    class UpdateFirmware {

        /**
         * Sends UpdateFirmware to retrieve now and runs the download timer, which the charge point
         * sets once its answer is sent.
         */
        private JsonNode updateNow(String location, Object... more) {
            int mark = scheduler.mark();
            Object[] fields = new Object[4 + more.length];
            fields[0] = "location";
            fields[1] = location;
            fields[2] = "retrieveDate";
            fields[3] = time.now();
            System.arraycopy(more, 0, fields, 4, more.length);
            JsonNode answer = call("UpdateFirmware", payload(fields));
            scheduler.awaitScheduled(mark, Duration::isZero, WAIT);
            time.runDueTasks();
            return answer;
        }

        @Test
        void downloadsInstallsRebootsAndBootsWithTheNewVersion() {
            boot();
            String location = "http://files.example.com/firmware/fw-v2.bin";
            JsonNode answer = updateNow(location);
            assertThat(answer.isObject()).isTrue();
            assertThat(answer.isEmpty()).isTrue();
            awaitFirmwareStatuses("Downloading");
            assertThat(files.downloads()).containsExactly(URI.create(location));

            advance(STEP);
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing");
            assertThat(calls("BootNotification")).hasSize(1);
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing", "Installed");
            events.await(EventType.REBOOTING, "fw-v2", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);

            awaitBootedAgain(2);
            JsonNode boot = awaitCalls("BootNotification", 2).get(1).payload();
            assertThat(boot.path("firmwareVersion").asText()).isEqualTo("fw-v2");
            sandbox.awaitCalls(CP, "StatusNotification", p -> true, 6, WAIT);
            awaitNoCallInFlight();
            assertThat(firmwareStatuses()).as("no status repeated after the reboot").hasSize(4);
        }

        @Test
        void aVersionWithDotsKeepsThemAndLosesOnlyTheExtension() {
            boot(b -> b.firmware(new FirmwareSimulation(Duration.ZERO, Duration.ZERO, FirmwareFailure.NONE)));
            updateNow("http://files.example.com/firmware/simulator-2.0.1.bin");
            events.await(EventType.REBOOTING, "installed", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            awaitBootedAgain(2);
            assertThat(awaitCalls("BootNotification", 2).get(1).payload().path("firmwareVersion").asText())
                    .isEqualTo("simulator-2.0.1");
        }

        @Test
        void startsAtTheRetrieveDate() {
            boot();
            int mark = scheduler.mark();
            JsonNode answer = call("UpdateFirmware", payload("location", "http://files.example.com/fw-v3.bin",
                    "retrieveDate", time.now().plus(Duration.ofHours(1))));
            assertThat(answer.isEmpty()).isTrue();
            scheduler.awaitScheduled(mark, Duration.ofHours(1)::equals, WAIT);
            advance(Duration.ofMinutes(59));
            awaitNoCallInFlight();
            assertThat(firmwareStatuses()).isEmpty();
            assertThat(files.downloads()).isEmpty();
            advance(Duration.ofMinutes(1));
            awaitFirmwareStatuses("Downloading");
        }

        @Test
        void aLocationThatCannotBeTransferredIsTakenAsDownloaded() {
            boot(b -> b.firmware(new FirmwareSimulation(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    FirmwareFailure.NONE)));
            updateNow("sim://firmware/fw-v4.img");
            advance(Duration.ofSeconds(2));
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing", "Installed");
            assertThat(files.downloads()).isEmpty();
            events.await(EventType.REBOOTING, "fw-v4", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            awaitBootedAgain(2);
            assertThat(awaitCalls("BootNotification", 2).get(1).payload().path("firmwareVersion").asText())
                    .isEqualTo("fw-v4");
        }

        @Test
        void aConfiguredDownloadFailureIsRetriedAsOftenAsAskedAndThenGivenUp() {
            boot(b -> b.firmware(new FirmwareSimulation(STEP, STEP, FirmwareFailure.DOWNLOAD)));
            updateNow("http://files.example.com/fw-v5.bin", "retries", 2, "retryInterval", 60);
            awaitFirmwareStatuses("Downloading");
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "DownloadFailed");
            advance(Duration.ofSeconds(55));
            assertThat(firmwareStatuses()).hasSize(2);
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "DownloadFailed", "Downloading");
            advance(Duration.ofSeconds(200));
            awaitFirmwareStatuses("Downloading", "DownloadFailed", "Downloading", "DownloadFailed", "Downloading",
                    "DownloadFailed");
            assertThat(files.downloads()).hasSize(3);
            assertThat(calls("BootNotification")).as("no reboot").hasSize(1);
            assertThat(sandbox.isConnected(CP)).isTrue();
        }

        @Test
        void aDownloadThatFailsForRealIsReportedWithoutRetriesByDefault() {
            boot();
            files.failWith("HTTP 404");
            updateNow("http://files.example.com/missing.bin");
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "DownloadFailed");
            events.await(EventType.FIRMWARE_STATUS, "HTTP 404", WAIT);
            advance(Duration.ofSeconds(120));
            assertThat(firmwareStatuses()).hasSize(2);
        }

        @Test
        void aConfiguredInstallationFailureIsReportedAndTheChargePointStaysUp() {
            boot(b -> b.firmware(new FirmwareSimulation(STEP, STEP, FirmwareFailure.INSTALLATION)));
            updateNow("http://files.example.com/fw-v6.bin");
            advance(Duration.ofSeconds(30));
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing", "InstallationFailed");
            assertThat(events.events(EventType.REBOOTING)).isEmpty();
            assertThat(calls("BootNotification")).hasSize(1);
            assertThat(sandbox.isConnected(CP)).isTrue();
        }

        @Test
        void theInstallationWaitsForTheRunningTransactionToEnd() {
            boot();
            int tx = startCharging(1, "user1");
            updateNow("http://files.example.com/fw-v7.bin");
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "Downloaded");
            advance(Duration.ofSeconds(120));
            assertThat(firmwareStatuses()).containsExactly("Downloading", "Downloaded");
            assertThat(sandbox.transaction(tx).orElseThrow().isRunning()).isTrue();

            simulator.stopTransaction().stopTransaction(StopTransactionCommand.local(connector(1)));
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing");
            List<String> actions = actions();
            assertThat(actions.indexOf("StopTransaction")).isLessThan(actions.lastIndexOf("FirmwareStatusNotification"));
            advance(STEP);
            awaitFirmwareStatuses("Downloading", "Downloaded", "Installing", "Installed");
            events.await(EventType.REBOOTING, "fw-v7", WAIT);
            sandbox.awaitDisconnected(CP, WAIT);
            awaitBootedAgain(2);
            assertThat(awaitCalls("BootNotification", 2).get(1).payload().path("firmwareVersion").asText())
                    .isEqualTo("fw-v7");
        }

        @Test
        void aNewUpdateReplacesOneThatHasNotStartedYet() {
            boot();
            int mark = scheduler.mark();
            call("UpdateFirmware", payload("location", "http://files.example.com/old.bin",
                    "retrieveDate", time.now().plus(Duration.ofHours(1))));
            scheduler.awaitScheduled(mark, Duration.ofHours(1)::equals, WAIT);
            updateNow("http://files.example.com/new.bin");
            awaitFirmwareStatuses("Downloading");
            advance(Duration.ofHours(2));
            assertThat(files.downloads()).containsExactly(URI.create("http://files.example.com/new.bin"));
        }
    }

    @Nested
    class GetDiagnostics {

        @Test
        void answersTheFileNameAndUploadsIt() {
            boot();
            JsonNode answer = call("GetDiagnostics", payload("location", "ftp://diag.example.com/uploads/"));
            String fileName = answer.path("fileName").asText();
            assertThat(fileName).startsWith("diagnostics-" + CP + "-").endsWith(".txt");
            awaitDiagnosticsStatuses("Uploading", "Uploaded");
            FakeFileTransfer.Upload upload = files.uploads().getFirst();
            assertThat(upload.location()).isEqualTo(URI.create("ftp://diag.example.com/uploads/"));
            assertThat(upload.fileName()).isEqualTo(fileName);
            assertThat(new String(upload.content(), StandardCharsets.UTF_8))
                    .contains("ocpp-simulator diagnostics of " + CP).contains("HeartbeatInterval=300");
        }

        @Test
        void theTimeWindowAskedForIsInTheFile() {
            boot();
            call("GetDiagnostics", payload("location", "http://diag.example.com/up",
                    "startTime", time.now().minus(Duration.ofDays(1)), "stopTime", time.now()));
            awaitDiagnosticsStatuses("Uploading", "Uploaded");
            assertThat(new String(files.uploads().getFirst().content(), StandardCharsets.UTF_8))
                    .contains("period " + time.now().minus(Duration.ofDays(1)) + " .. " + time.now());
        }

        @Test
        void aFailedUploadIsReportedAndRetried() {
            boot();
            files.failWith("disk full");
            int mark = scheduler.mark();
            call("GetDiagnostics", payload("location", "ftp://diag.example.com/uploads/", "retries", 1,
                    "retryInterval", 20));
            awaitDiagnosticsStatuses("Uploading", "UploadFailed");
            scheduler.awaitScheduled(mark, Duration.ofSeconds(20)::equals, WAIT);
            advance(Duration.ofSeconds(19));
            awaitNoCallInFlight();
            assertThat(diagnosticsStatuses()).hasSize(2);
            advance(Duration.ofSeconds(1));
            awaitDiagnosticsStatuses("Uploading", "UploadFailed", "Uploading", "UploadFailed");
            advance(Duration.ofSeconds(100));
            assertThat(diagnosticsStatuses()).hasSize(4);
            assertThat(files.uploads()).hasSize(2);
            events.await(EventType.DIAGNOSTICS_STATUS, "disk full", WAIT);
        }

        @Test
        void aRetryThatSucceedsEndsUploaded() {
            boot();
            files.failWith("busy");
            int mark = scheduler.mark();
            call("GetDiagnostics", payload("location", "ftp://diag.example.com/uploads/", "retries", 3,
                    "retryInterval", 10));
            awaitDiagnosticsStatuses("Uploading", "UploadFailed");
            scheduler.awaitScheduled(mark, Duration.ofSeconds(10)::equals, WAIT);
            files.failWith(null);
            advance(Duration.ofSeconds(10));
            awaitDiagnosticsStatuses("Uploading", "UploadFailed", "Uploading", "Uploaded");
            advance(Duration.ofSeconds(60));
            assertThat(diagnosticsStatuses()).hasSize(4);
        }

        @Test
        void aLocationThatCannotTakeAnUploadFails() {
            boot();
            call("GetDiagnostics", payload("location", "sftp://diag.example.com/uploads/"));
            awaitDiagnosticsStatuses("Uploading", "UploadFailed");
            assertThat(files.uploads()).isEmpty();
        }

        @Test
        void uploadsToARealHttpServer() throws Exception {
            CompletableFuture<String> received = new CompletableFuture<>();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/upload", exchange -> {
                received.complete(exchange.getRequestMethod() + "\n"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            FileTransfer transfer = new FileTransfer(Duration.ofSeconds(5));
            try {
                useFileTransfer(transfer);
                boot();
                JsonNode answer = call("GetDiagnostics", payload("location",
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/upload"));
                String body = received.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(body).contains("ocpp-simulator diagnostics of " + CP);
                awaitDiagnosticsStatuses("Uploading", "Uploaded");
                assertThat(answer.path("fileName").asText()).isNotBlank();
            } finally {
                server.stop(0);
                transfer.close();
            }
        }
    }
}
