package io.ocppsim.domain.configuration;

/**
 * The kind of value a {@link ConfigurationKey} holds. On the wire every value is a string; the
 * type says which strings a key accepts and how {@link OcppConfiguration} stores them.
 */
public enum ValueType {
    /** {@code true} or {@code false}; any letter case is accepted, stored in lower case. */
    BOOLEAN,
    /**
     * A non-negative whole number in decimal digits only (no sign, no blanks, at most
     * {@link Integer#MAX_VALUE}), within the key's own range; stored without leading zeros.
     * Intervals are in seconds.
     */
    INTEGER,
    /**
     * Text: the AuthorizationKey (8 to 40 printable ASCII characters) or free text of at most 500
     * characters without control characters.
     */
    STRING,
    /**
     * A comma-separated list of distinct measurands in their OCPP spelling (for instance
     * {@code Energy.Active.Import.Register,Power.Active.Import}); blanks around items are dropped,
     * the empty string means none, and the list holds at most as many items as its
     * {@code ...MaxLength} key allows.
     */
    MEASURAND_LIST,
    /** A comma-separated list of distinct {@link FeatureProfile} names that contains Core. */
    PROFILE_LIST,
    /**
     * {@code Current}, {@code Power} or both, comma-separated; stored as {@code Current},
     * {@code Power} or {@code Current,Power}.
     */
    RATE_UNIT_LIST,
    /**
     * A comma-separated list of {@code <connectorId>.<rotation>} items, one per connector at most,
     * with a connector id from 0 to the charge point's connector count and a {@link PhaseRotation}
     * name, for instance {@code 0.RST,1.RTS}.
     */
    PHASE_ROTATION
}
