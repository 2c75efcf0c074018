package io.ocppsim.bootstrap.cli;

import io.ocppsim.adapter.config.ConfigException;
import io.ocppsim.adapter.config.ConfigIssue;
import io.ocppsim.adapter.config.ConfigLoader;
import io.ocppsim.adapter.config.LoadedConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ocpp-simulator validate}: checks a configuration file and says what is wrong with it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a configuration file: every problem with its key and line.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", required = true,
            description = "The configuration file to check.")
    Path config;

    @Override
    public Integer call() {
        try {
            LoadedConfig loaded = new ConfigLoader().load(config);
            for (ConfigIssue warning : loaded.warnings()) {
                spec.commandLine().getErr().println("warning: " + warning.describe());
            }
            spec.commandLine().getOut().println(config + ": valid");
            return CommandLine.ExitCode.OK;
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OcppSimulatorCommand.CONFIG_ERROR;
        }
    }
}
