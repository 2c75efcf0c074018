package io.ocppsim.adapter.ocpp.message.core;

/**
 * The answer to ChangeConfiguration: {@code Rejected} for a read-only key or a bad value,
 * {@code NotSupported} for an unknown key, {@code RebootRequired} when the value applies only
 * after a reboot.
 */
public enum ConfigurationStatus {
    Accepted, Rejected, RebootRequired, NotSupported
}
