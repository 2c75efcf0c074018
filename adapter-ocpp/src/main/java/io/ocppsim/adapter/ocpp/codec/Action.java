package io.ocppsim.adapter.ocpp.codec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 28 actions of OCPP 1.6J: their wire name, who sends the request, and their feature profile.
 */
public enum Action {
    AUTHORIZE("Authorize", Initiator.CHARGE_POINT, Profile.Core),
    BOOT_NOTIFICATION("BootNotification", Initiator.CHARGE_POINT, Profile.Core),
    CHANGE_AVAILABILITY("ChangeAvailability", Initiator.CENTRAL_SYSTEM, Profile.Core),
    CHANGE_CONFIGURATION("ChangeConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core),
    CLEAR_CACHE("ClearCache", Initiator.CENTRAL_SYSTEM, Profile.Core),
    DATA_TRANSFER("DataTransfer", Initiator.BOTH, Profile.Core),
    GET_CONFIGURATION("GetConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core),
    HEARTBEAT("Heartbeat", Initiator.CHARGE_POINT, Profile.Core),
    METER_VALUES("MeterValues", Initiator.CHARGE_POINT, Profile.Core),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core),
    RESET("Reset", Initiator.CENTRAL_SYSTEM, Profile.Core),
    START_TRANSACTION("StartTransaction", Initiator.CHARGE_POINT, Profile.Core),
    STATUS_NOTIFICATION("StatusNotification", Initiator.CHARGE_POINT, Profile.Core),
    STOP_TRANSACTION("StopTransaction", Initiator.CHARGE_POINT, Profile.Core),
    UNLOCK_CONNECTOR("UnlockConnector", Initiator.CENTRAL_SYSTEM, Profile.Core),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", Initiator.CHARGE_POINT,
            Profile.FirmwareManagement),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", Initiator.CHARGE_POINT, Profile.FirmwareManagement),
    GET_DIAGNOSTICS("GetDiagnostics", Initiator.CENTRAL_SYSTEM, Profile.FirmwareManagement),
    UPDATE_FIRMWARE("UpdateFirmware", Initiator.CENTRAL_SYSTEM, Profile.FirmwareManagement),
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", Initiator.CENTRAL_SYSTEM, Profile.LocalAuthListManagement),
    SEND_LOCAL_LIST("SendLocalList", Initiator.CENTRAL_SYSTEM, Profile.LocalAuthListManagement),
    CANCEL_RESERVATION("CancelReservation", Initiator.CENTRAL_SYSTEM, Profile.Reservation),
    RESERVE_NOW("ReserveNow", Initiator.CENTRAL_SYSTEM, Profile.Reservation),
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging),
    SET_CHARGING_PROFILE("SetChargingProfile", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging),
    TRIGGER_MESSAGE("TriggerMessage", Initiator.CENTRAL_SYSTEM, Profile.RemoteTrigger);

    /** Who sends the request of an action. */
    public enum Initiator {
        CHARGE_POINT, CENTRAL_SYSTEM, BOTH
    }

    /** The OCPP 1.6 feature profiles, spelled as SupportedFeatureProfiles lists them. */
    public enum Profile {
        Core, FirmwareManagement, LocalAuthListManagement, Reservation, SmartCharging, RemoteTrigger
    }

    private final String wireName;
    private final Initiator initiator;
    private final Profile profile;
    Action(String wireName, Initiator initiator, Profile profile) {
        this.wireName = wireName;
        this.initiator = initiator;
        this.profile = profile;
    }

    /** The action's name on the wire, as in the specification. */
    public String wireName() {
        return wireName;
    }

    public Initiator initiator() {
        return initiator;
    }

    public Profile profile() {
        return profile;
    }

    /** The action with that wire name (exact, case-sensitive as the specification spells it). */
    public static Optional<Action> byWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
