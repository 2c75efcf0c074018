package io.ocppsim.domain.configuration;

/**
 * Who may touch a configuration key, as in the "Accessibility" column of the OCPP 1.6 key tables:
 * the Central System may read ({@link #R}), read and write ({@link #RW}) or only write
 * ({@link #W}) it.
 */
enum Accessibility {
    /** Read-only: listed by GetConfiguration, ChangeConfiguration answers Rejected. */
    R,
    /** Read-write. */
    RW,
    /** Write-only: ChangeConfiguration works, GetConfiguration never lists it. */
    W
}
