package io.ocppsim.adapter.config;

/**
 * A configuration value is not allowed. Names the key as written in {@code simulator.toml}, e.g.
 * {@code simulator.api_config.port: must be between 0 and 65535, was 70000}.
 */
public final class ConfigValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String reason;

    public ConfigValueException(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
        this.reason = reason;
    }

    /** The full key path, e.g. {@code simulator.api_config.port}. */
    public String key() {
        return key;
    }

    /** Why the value is not allowed, without the key. */
    public String reason() {
        return reason;
    }
}
