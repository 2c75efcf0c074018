package io.ocppsim.adapter.ocpp.message.firmware;

import java.time.Instant;

/**
 * UpdateFirmware.req: download new firmware from {@code location} (required, a URI) from
 * {@code retrieveDate} on (required), optionally trying {@code retries} times, {@code retryInterval}
 * seconds apart. The official schema types both counts as {@code number}; they are whole numbers
 * here, as the specification means them and strict Central Systems send them.
 */
public record UpdateFirmwareRequest(String location, Integer retries, Instant retrieveDate, Integer retryInterval) {
}
