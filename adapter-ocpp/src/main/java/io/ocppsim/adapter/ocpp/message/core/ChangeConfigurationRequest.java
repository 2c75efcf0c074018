package io.ocppsim.adapter.ocpp.message.core;

/**
 * ChangeConfiguration.req: set one configuration key. Both fields are required; {@code key} is at
 * most 50 characters, {@code value} at most 500 (configuration values are strings on the wire,
 * whatever their type).
 */
public record ChangeConfigurationRequest(String key, String value) {
}
