package io.ocppsim.domain.smartcharging;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;

/** A charging profile as installed: on which connector (0 = the charge point as a whole). */
public record InstalledProfile(int connectorId, ChargingProfile profile) {

    public InstalledProfile {
        if (connectorId < 0) {
            throw new InvalidValueException("connectorId", "must be >= 0, was " + connectorId);
        }
        Checks.required("profile", profile);
    }
}
