package io.ocppsim.adapter.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the REST API listens: {@code [simulator.api_config]} of the configuration.
 *
 * @param bindAddress the host name or IP address to listen on, such as {@code 0.0.0.0}
 * @param port the TCP port, 0 to 65535; 0 picks a free one
 * @param enableCors whether to answer cross-origin requests from any origin
 * @param requestTimeout how long a request waits for an asynchronous operation (start-transaction
 *     and data-transfer wait for the Central System) before it answers 504 TIMEOUT
 */
public record RestSettings(String bindAddress, int port, boolean enableCors, Duration requestTimeout) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8081;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public RestSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
    }

    /** Settings with the default request timeout. */
    public RestSettings(String bindAddress, int port, boolean enableCors) {
        this(bindAddress, port, enableCors, DEFAULT_REQUEST_TIMEOUT);
    }

    /** {@code 127.0.0.1:8081}, CORS enabled, 60 s request timeout: the documented defaults. */
    public static RestSettings defaults() {
        return new RestSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, true);
    }
}
