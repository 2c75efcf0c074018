package io.ocppsim.adapter.rest.configuration;

import java.util.List;

/**
 * The readable OCPP configuration of a charge point, in the specification's order. The
 * write-only AuthorizationKey is never among it.
 */
public record ConfigurationResponse(String chargePointId, List<ConfigurationKeyResponse> configuration) {
}
