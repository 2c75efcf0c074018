package io.ocppsim.adapter.ocpp.message.core;

/**
 * One configuration key as GetConfiguration reports it: {@code key} (required, at most 50
 * characters), whether it is read-only (required), and its {@code value} (optional, at most 500
 * characters; left out when the key has no value).
 */
public record KeyValue(String key, boolean readonly, String value) {
}
