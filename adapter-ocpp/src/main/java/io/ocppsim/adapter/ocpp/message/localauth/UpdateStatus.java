package io.ocppsim.adapter.ocpp.message.localauth;

/**
 * The answer to SendLocalList: {@code VersionMismatch} when a differential update does not follow
 * the version the charge point holds.
 */
public enum UpdateStatus {
    Accepted, Failed, NotSupported, VersionMismatch
}
