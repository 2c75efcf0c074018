package io.ocppsim.bootstrap.cli;

import io.ocppsim.adapter.config.ConfigException;
import io.ocppsim.adapter.config.ConfigIssue;
import io.ocppsim.adapter.config.ConfigLoader;
import io.ocppsim.adapter.config.ConfigValueException;
import io.ocppsim.adapter.config.LoadedConfig;
import io.ocppsim.adapter.config.SimulatorConfig;
import io.ocppsim.bootstrap.Logging;
import io.ocppsim.bootstrap.SimulatorRuntime;
import io.ocppsim.bootstrap.Version;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ocpp-simulator start}: runs the simulator until it is stopped (Ctrl-C, SIGTERM). */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start the simulator: the charge point connects to its Central System (or to the built-in "
                + "sandbox Central System when the configuration names none) and the REST API listens.",
            "Without --config, every setting takes its default."})
final class StartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file (TOML).")
    Path config;

    @Option(names = "--bind", paramLabel = "HOST:PORT", converter = HostPort.Converter.class,
            description = "Where the REST API listens, overriding the configuration (e.g. 0.0.0.0:8081).")
    HostPort bind;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info, debug or trace (default ${DEFAULT-VALUE}); debug shows every OCPP frame.")
    Logging.LogLevel logLevel;

    @Option(names = "--json-logs", description = "Log one JSON object per line.")
    boolean jsonLogs;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulatorConfig settings;
        try {
            settings = load();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return OcppSimulatorCommand.CONFIG_ERROR;
        } catch (ConfigValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--bind': " + e.reason());
        }
        Logging.configure(logLevel, jsonLogs, System.err);

        SimulatorRuntime runtime = SimulatorRuntime.start(settings, SimulatorRuntime.Environment.system());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "ocppsim-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        out.println("ocpp-simulator " + Version.current() + " running");
        out.println("  charge point " + runtime.chargePointId() + " -> " + runtime.centralSystemUrl()
                + (runtime.sandbox().isPresent() ? "  (built-in sandbox Central System)" : ""));
        out.println("  REST API     " + runtime.restUrl());
        out.println("  seed         " + runtime.simulator().statistics().statistics(runtime.chargePointId()).seed()
                + "  (seed = ... in [simulator] repeats this run)");
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return CommandLine.ExitCode.OK;
    }

    private SimulatorConfig load() throws ConfigException {
        SimulatorConfig settings = SimulatorConfig.defaults();
        if (config != null) {
            LoadedConfig loaded = new ConfigLoader().load(config);
            for (ConfigIssue warning : loaded.warnings()) {
                spec.commandLine().getErr().println("warning: " + warning.describe());
            }
            settings = loaded.config();
        }
        if (bind != null) {
            settings = settings.withBind(bind.host(), bind.port());
        }
        return settings;
    }
}
