package io.ocppsim.bootstrap.cli;

import io.ocppsim.bootstrap.Version;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ocpp-simulator}: the top-level command and its subcommands. */
@Command(name = "ocpp-simulator", mixinStandardHelpOptions = true, versionProvider = OcppSimulatorCommand.Versions.class,
        description = "OCPP 1.6J charge point simulator with a REST API, driven against your Central System "
                + "(or its built-in sandbox Central System).",
        subcommands = {ConfigCommand.class, StartCommand.class, ValidateCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error."})
public final class OcppSimulatorCommand implements Callable<Integer> {

    /** Exit code for a configuration error: the same as a usage error. */
    static final int CONFIG_ERROR = CommandLine.ExitCode.USAGE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** Runs the command line with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new OcppSimulatorCommand());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((error, failed, parseResult) -> {
            failed.getErr().println("ocpp-simulator: " + (error.getMessage() != null ? error.getMessage()
                    : error.getClass().getSimpleName()));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine.execute(args);
    }

    /** The version from the jar's manifest. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ocpp-simulator " + Version.current()};
        }
    }
}
