package io.ocppsim.domain.configuration;

/**
 * How a connector's phases are wired relative to its meter (or, without one, to the grid
 * connection), as listed by the ConnectorPhaseRotation configuration key. Spelled as in OCPP 1.6:
 * R, S and T are the grid's phases L1, L2 and L3, and the letters say which of them the connector's
 * L1, L2 and L3 carry.
 */
public enum PhaseRotation {
    /** Single-phase or DC: phase rotation does not apply. */
    NotApplicable,
    /** Not (yet) known. */
    Unknown,
    /** Standard reference phasing. */
    RST,
    /** Reversed reference phasing. */
    RTS,
    /** Reversed 240 degree rotation. */
    SRT,
    /** Standard 120 degree rotation. */
    STR,
    /** Standard 240 degree rotation. */
    TRS,
    /** Reversed 120 degree rotation. */
    TSR
}
