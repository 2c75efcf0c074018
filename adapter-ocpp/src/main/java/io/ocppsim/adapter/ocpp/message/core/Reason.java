package io.ocppsim.adapter.ocpp.message.core;

/** Why a transaction stopped. */
public enum Reason {
    EmergencyStop, EVDisconnected, HardReset, Local, Other, PowerLoss, Reboot, Remote, SoftReset, UnlockCommand,
    DeAuthorized
}
