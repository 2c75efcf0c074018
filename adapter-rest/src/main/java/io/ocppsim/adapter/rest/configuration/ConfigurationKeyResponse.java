package io.ocppsim.adapter.rest.configuration;

/**
 * One OCPP configuration key, shaped like a KeyValue of GetConfiguration.conf.
 *
 * @param key the key's name as OCPP 1.6 spells it, such as {@code HeartbeatInterval}
 * @param readonly whether a Central System (and this API) may not change it
 * @param value its value in the charge point's normalised form; empty for an empty list
 */
public record ConfigurationKeyResponse(String key, boolean readonly, String value) {
}
