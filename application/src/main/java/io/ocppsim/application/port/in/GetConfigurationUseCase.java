package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.List;

/** The OCPP configuration keys of a charge point as GetConfiguration would answer them. */
public interface GetConfigurationUseCase {

    /** One key: its name, whether the Central System may change it, and its value. */
    record ConfigurationKeyView(String key, boolean readOnly, String value) {
    }

    /** Every readable key (never the AuthorizationKey), in the specification's order. */
    List<ConfigurationKeyView> configuration(ChargePointId chargePoint);
}
