package io.ocppsim.adapter.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with (or worth knowing about) a configuration file.
 *
 * @param key the full key path, e.g. {@code simulator.api_config.port}; empty when the issue
 *     concerns the whole file (it cannot be read or is not valid TOML)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, without key and position
 */
public record ConfigIssue(String key, int line, int column, String message) {

    /** By position; issues without a position last. */
    static final Comparator<ConfigIssue> BY_POSITION = Comparator
            .comparingInt((ConfigIssue issue) -> issue.hasPosition() ? issue.line : Integer.MAX_VALUE)
            .thenComparingInt(ConfigIssue::column);

    public ConfigIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** An issue of the whole file, without a key or a position. */
    public static ConfigIssue ofFile(String message) {
        return new ConfigIssue("", 0, 0, message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * For people: {@code simulator.api_config.port: must be between 0 and 65535, was 70000 (line
     * 12, column 1)}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!key.isEmpty()) {
            text.append(key).append(": ");
        }
        text.append(message);
        if (hasPosition()) {
            text.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
