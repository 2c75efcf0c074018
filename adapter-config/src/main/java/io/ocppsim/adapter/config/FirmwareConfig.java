package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings.FirmwareFailure;
import io.ocppsim.application.port.in.ChargePointSettings.FirmwareSimulation;
import java.time.Duration;

/**
 * {@code [simulator.firmware]}: how an UpdateFirmware of the Central System goes.
 *
 * @param downloadTime how long the download takes; whole seconds, 0 to 24 h
 * @param installTime how long the installation takes; whole seconds, 0 to 24 h
 * @param fail which step fails, every time; {@link FirmwareFailure#NONE} for none
 */
public record FirmwareConfig(Duration downloadTime, Duration installTime, FirmwareFailure fail) {

    public static final FirmwareConfig DEFAULTS = new FirmwareConfig(Duration.ofSeconds(5), Duration.ofSeconds(5),
            FirmwareFailure.NONE);

    public FirmwareConfig {
        downloadTime = ConfigRules.firmwareStep(ConfigKey.DOWNLOAD_SECONDS, downloadTime);
        installTime = ConfigRules.firmwareStep(ConfigKey.INSTALL_SECONDS, installTime);
        ConfigRules.required(ConfigKey.FAIL, fail);
    }

    /** The application's view. */
    public FirmwareSimulation toFirmwareSimulation() {
        return new FirmwareSimulation(downloadTime, installTime, fail);
    }
}
