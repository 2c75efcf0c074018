package io.ocppsim.domain.smartcharging;

/** What a charging profile limits, spelled as in OCPP 1.6 (ChargingProfilePurposeType). */
public enum ChargingProfilePurpose {
    /** The limit of the charge point as a whole; only installed on connector 0. */
    ChargePointMaxProfile,
    /** The default limit of transactions; on connector 0 it applies to every connector. */
    TxDefaultProfile,
    /** The limit of one running transaction; overrides any TxDefaultProfile while it applies. */
    TxProfile
}
