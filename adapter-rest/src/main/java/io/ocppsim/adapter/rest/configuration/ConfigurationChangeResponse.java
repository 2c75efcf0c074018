package io.ocppsim.adapter.rest.configuration;

/**
 * A configuration change the charge point took.
 *
 * @param key the key that changed
 * @param status {@code Accepted} when the value is in force now, {@code RebootRequired} when it
 *     is stored and takes effect after the next reboot
 */
public record ConfigurationChangeResponse(String key, String status) {
}
