package io.ocppsim.bootstrap.cli;

/** The {@code ocpp-simulator} command. Exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = OcppSimulatorCommand.run(args, System.out, System.err);
        System.exit(exitCode);
    }
}
