package io.ocppsim.application.port.out;

import java.net.URI;
import java.util.Objects;

/**
 * Where and how a charge point reaches its Central System: the base URL (the charge point id is
 * appended as the last path segment) and, for security profile 1 and 2, the AuthorizationKey used
 * as Basic auth password.
 */
public record CentralSystemEndpoint(URI baseUrl, String authorizationKey) {

    public CentralSystemEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("central_system_url must start with ws:// or wss://, was " + baseUrl);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "CentralSystemEndpoint[" + baseUrl + (authorizationKey != null ? ", with AuthorizationKey" : "") + "]";
    }
}
