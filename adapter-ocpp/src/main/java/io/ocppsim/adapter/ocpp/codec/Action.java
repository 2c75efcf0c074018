package io.ocppsim.adapter.ocpp.codec;

import io.ocppsim.adapter.ocpp.message.core.AuthorizeConfirmation;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeRequest;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatConfirmation;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatRequest;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesConfirmation;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesRequest;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 28 actions of OCPP 1.6J: their wire name, who sends the request, their feature profile, and
 * the payload records of those this simulator has typed.
 */
public enum Action {
    AUTHORIZE("Authorize", Initiator.CHARGE_POINT, Profile.Core, AuthorizeRequest.class,
            AuthorizeConfirmation.class),
    BOOT_NOTIFICATION("BootNotification", Initiator.CHARGE_POINT, Profile.Core, BootNotificationRequest.class,
            BootNotificationConfirmation.class),
    CHANGE_AVAILABILITY("ChangeAvailability", Initiator.CENTRAL_SYSTEM, Profile.Core),
    CHANGE_CONFIGURATION("ChangeConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core),
    CLEAR_CACHE("ClearCache", Initiator.CENTRAL_SYSTEM, Profile.Core),
    DATA_TRANSFER("DataTransfer", Initiator.BOTH, Profile.Core),
    GET_CONFIGURATION("GetConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core),
    HEARTBEAT("Heartbeat", Initiator.CHARGE_POINT, Profile.Core, HeartbeatRequest.class, HeartbeatConfirmation.class),
    METER_VALUES("MeterValues", Initiator.CHARGE_POINT, Profile.Core, MeterValuesRequest.class,
            MeterValuesConfirmation.class),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core),
    RESET("Reset", Initiator.CENTRAL_SYSTEM, Profile.Core),
    START_TRANSACTION("StartTransaction", Initiator.CHARGE_POINT, Profile.Core, StartTransactionRequest.class,
            StartTransactionConfirmation.class),
    STATUS_NOTIFICATION("StatusNotification", Initiator.CHARGE_POINT, Profile.Core, StatusNotificationRequest.class,
            StatusNotificationConfirmation.class),
    STOP_TRANSACTION("StopTransaction", Initiator.CHARGE_POINT, Profile.Core, StopTransactionRequest.class,
            StopTransactionConfirmation.class),
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
    private final Class<?> requestType;
    private final Class<?> confirmationType;

    Action(String wireName, Initiator initiator, Profile profile) {
        this(wireName, initiator, profile, null, null);
    }

    Action(String wireName, Initiator initiator, Profile profile, Class<?> requestType, Class<?> confirmationType) {
        this.wireName = wireName;
        this.initiator = initiator;
        this.profile = profile;
        this.requestType = requestType;
        this.confirmationType = confirmationType;
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

    /** The record of the request payload, when typed. */
    public Optional<Class<?>> requestType() {
        return Optional.ofNullable(requestType);
    }

    /** The record of the confirmation payload, when typed. */
    public Optional<Class<?>> confirmationType() {
        return Optional.ofNullable(confirmationType);
    }

    /** The action with that wire name (exact, case-sensitive as the specification spells it). */
    public static Optional<Action> byWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
