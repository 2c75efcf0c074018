package io.ocppsim.adapter.ocpp.message.smartcharging;

/**
 * What a charging profile limits: the whole charge point ({@code ChargePointMaxProfile}, connector
 * 0 only), new transactions by default ({@code TxDefaultProfile}), or one running transaction
 * ({@code TxProfile}).
 */
public enum ChargingProfilePurpose {
    ChargePointMaxProfile, TxDefaultProfile, TxProfile
}
