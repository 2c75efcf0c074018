package io.ocppsim.domain.meter;

/**
 * What a sampled value measures; {@link #label()} is the OCPP 1.6 spelling, {@link #isMeasured()}
 * tells whether the simulated meter measures it.
 */
public enum Measurand {
    CURRENT_EXPORT("Current.Export"),
    CURRENT_IMPORT("Current.Import"),
    CURRENT_OFFERED("Current.Offered"),
    ENERGY_ACTIVE_EXPORT_REGISTER("Energy.Active.Export.Register"),
    ENERGY_ACTIVE_IMPORT_REGISTER("Energy.Active.Import.Register"),
    ENERGY_REACTIVE_EXPORT_REGISTER("Energy.Reactive.Export.Register"),
    ENERGY_REACTIVE_IMPORT_REGISTER("Energy.Reactive.Import.Register"),
    ENERGY_ACTIVE_EXPORT_INTERVAL("Energy.Active.Export.Interval"),
    ENERGY_ACTIVE_IMPORT_INTERVAL("Energy.Active.Import.Interval"),
    ENERGY_REACTIVE_EXPORT_INTERVAL("Energy.Reactive.Export.Interval"),
    ENERGY_REACTIVE_IMPORT_INTERVAL("Energy.Reactive.Import.Interval"),
    FREQUENCY("Frequency"),
    POWER_ACTIVE_EXPORT("Power.Active.Export"),
    POWER_ACTIVE_IMPORT("Power.Active.Import"),
    POWER_FACTOR("Power.Factor"),
    POWER_OFFERED("Power.Offered"),
    POWER_REACTIVE_EXPORT("Power.Reactive.Export"),
    POWER_REACTIVE_IMPORT("Power.Reactive.Import"),
    RPM("RPM"),
    SOC("SoC"),
    TEMPERATURE("Temperature"),
    VOLTAGE("Voltage");

    private final String label;

    Measurand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the simulated meter measures this: the energy register, active and offered power,
     * current (per phase) and offered current, voltage (per phase), power factor, frequency,
     * temperature and the EV's state of charge. A charge point refuses to be configured to report
     * any other.
     */
    public boolean isMeasured() {
        return switch (this) {
            case ENERGY_ACTIVE_IMPORT_REGISTER, POWER_ACTIVE_IMPORT, POWER_OFFERED, CURRENT_IMPORT, CURRENT_OFFERED,
                    VOLTAGE, POWER_FACTOR, FREQUENCY, TEMPERATURE, SOC -> true;
            default -> false;
        };
    }
}
