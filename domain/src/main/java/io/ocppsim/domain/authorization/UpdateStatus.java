package io.ocppsim.domain.authorization;

/** The charge point's answer to SendLocalList, spelled as in OCPP 1.6. */
public enum UpdateStatus {
    /** The update was applied and the list now carries the version sent. */
    Accepted,
    /** The update was malformed or would not fit; the list did not change. */
    Failed,
    /**
     * The charge point does not support Local Authorization List management. {@link LocalAuthorizationList}
     * never answers this: it is for the application when the LocalAuthListManagement profile is not offered.
     */
    NotSupported,
    /** A Differential update whose version is not above the installed one; the list did not change. */
    VersionMismatch
}
