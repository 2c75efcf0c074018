package io.ocppsim.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocppsim.adapter.config.ConfigLoader;
import io.ocppsim.adapter.config.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcppSimulatorCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "config --help", "start --help", "validate --help", "-h", "--version"})
    void helpAndVersionAnswerEverywhereWithExitCodeZero(String args) {
        Result result = run(args.split(" "));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsAnyOf("Usage:", "ocpp-simulator ");
    }

    @Test
    void withoutACommandItShowsUsageAndExitsTwo() {
        Result result = run();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage:", "config", "start", "validate");
    }

    @Test
    void configWritesACompleteCommentedFileThatLoadsBack() throws Exception {
        Path file = dir.resolve("cp001.toml");
        Result result = run("config", "--output", file.toString(), "--connectors", "4", "--url",
                "wss://csms.example.com/ocpp", "--id", "CP001", "--port", "9090");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains("# ", "connector_count = 4", "charge_point_id = \"CP001\"");
        SimulatorConfig config = new ConfigLoader().load(file).config();
        assertThat(config.connectorCount()).isEqualTo(4);
        assertThat(config.centralSystemUrl()).contains(URI.create("wss://csms.example.com/ocpp"));
        assertThat(config.chargePointId().value()).isEqualTo("CP001");
        assertThat(config.apiConfig().port()).isEqualTo(9090);
    }

    @Test
    void configWithoutOutputPrintsTheFile() {
        Result result = run("config");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("[simulator]", "# central_system_url");
    }

    @Test
    void configRefusesToOverwriteWithoutForce() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.toml"), "keep me");
        assertThat(run("config", "--output", file.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(run("config", "--output", file.toString(), "--force").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"config --connectors 0", "config --connectors 101", "config --connectors many",
        "config --url http://example.com", "config --id a/b", "config --port 70000", "start --bind nohost",
        "start --bind host:99999", "start --log-level loud", "start --nonsense", "nosuchcommand"})
    void badArgumentsAreUsageErrorsNamingTheOption(String args) {
        Result result = run(args.split(" "));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isNotBlank();
        String[] words = args.split(" ");
        assertThat(result.err()).contains(words.length > 1 ? words[1] : words[0]);
    }

    @Test
    void validateAcceptsAGoodFileAndNamesEveryProblemOfABadOne() throws Exception {
        Path good = dir.resolve("good.toml");
        run("config", "--output", good.toString());
        Result ok = run("validate", "--config", good.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("valid");

        Path bad = Files.writeString(dir.resolve("bad.toml"), """
                [simulator]
                connector_count = 0
                heartbeat_interval = "often"
                """);
        Result result = run("validate", "--config", bad.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("simulator.connector_count", "line 2", "simulator.heartbeat_interval",
                "line 3");
    }

    @Test
    void aFileThatCannotBeWrittenIsARuntimeFailure() {
        Result result = run("config", "--output", dir.resolve("no-such-folder").resolve("x.toml").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("ocpp-simulator: ").contains("no-such-folder");
    }

    @Test
    void aMissingConfigFileIsAConfigurationError() {
        Result result = run("validate", "--config", dir.resolve("absent.toml").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("absent.toml");
        assertThat(run("start", "--config", dir.resolve("absent.toml").toString()).exitCode()).isEqualTo(2);
    }
}
