package io.ocppsim.bootstrap.cli;

import io.ocppsim.adapter.config.ConfigValueException;
import io.ocppsim.adapter.config.ConfigWriter;
import io.ocppsim.adapter.config.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ocpp-simulator config}: writes a complete, commented configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Write a complete, commented configuration file (to standard output without --output).")
final class ConfigCommand implements Callable<Integer> {

    private static final Map<String, String> OPTION_OF_KEY = Map.of(
            "simulator.connector_count", "--connectors",
            "simulator.central_system_url", "--url",
            "simulator.charge_point_id", "--id",
            "simulator.api_config.port", "--port");

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the configuration.")
    Path output;

    @Option(names = "--connectors", paramLabel = "N", description = "Number of connectors, 1 to 100 (default 2).")
    Integer connectors;

    @Option(names = "--url", paramLabel = "URL",
            description = "Central System URL, ws:// or wss:// (default: none, the built-in sandbox).")
    String url;

    @Option(names = "--id", paramLabel = "ID", description = "Charge point id (default SIM001).")
    String id;

    @Option(names = "--port", paramLabel = "PORT", description = "REST API port (default 8081).")
    Integer port;

    @Option(names = {"-f", "--force"}, description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        SimulatorConfig config = SimulatorConfig.defaults();
        try {
            if (id != null) {
                config = config.withChargePointId(id);
            }
            if (url != null) {
                config = config.withCentralSystemUrl(url);
            }
            if (connectors != null) {
                config = config.withConnectorCount(connectors);
            }
            if (port != null) {
                config = config.withApiPort(port);
            }
        } catch (ConfigValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '"
                    + OPTION_OF_KEY.getOrDefault(e.key(), e.key()) + "': " + e.reason());
        }
        ConfigWriter writer = new ConfigWriter();
        if (output == null) {
            spec.commandLine().getOut().print(writer.render(config));
            spec.commandLine().getOut().flush();
            return CommandLine.ExitCode.OK;
        }
        if (Files.exists(output) && !force) {
            spec.commandLine().getErr().println("ocpp-simulator: " + output
                    + " exists; use --force to overwrite it");
            return OcppSimulatorCommand.CONFIG_ERROR;
        }
        writer.write(config, output);
        spec.commandLine().getOut().println("Wrote " + output);
        return CommandLine.ExitCode.OK;
    }
}
