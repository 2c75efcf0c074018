package io.ocppsim.adapter.config;

/**
 * {@code [simulator.api_config]}: where the REST API listens.
 *
 * @param bindAddress a host name or an IP literal ({@code 0.0.0.0} for every interface); an IPv6
 *     literal is held without brackets
 * @param port 0 to 65535; 0 takes any free port
 * @param enableCors whether browsers on other origins may call the API
 */
public record ApiConfig(String bindAddress, int port, boolean enableCors) {

    public static final ApiConfig DEFAULTS = new ApiConfig("127.0.0.1", 8081, true);

    public ApiConfig {
        bindAddress = ConfigRules.bindAddress(bindAddress);
        port = ConfigRules.port(port);
    }

    public ApiConfig withPort(int value) {
        return new ApiConfig(bindAddress, value, enableCors);
    }

    public ApiConfig withEnableCors(boolean value) {
        return new ApiConfig(bindAddress, port, value);
    }
}
