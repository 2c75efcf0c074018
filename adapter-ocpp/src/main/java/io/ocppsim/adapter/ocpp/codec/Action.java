package io.ocppsim.adapter.ocpp.codec;

import io.ocppsim.adapter.ocpp.message.core.AuthorizeConfirmation;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeRequest;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityRequest;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheRequest;
import io.ocppsim.adapter.ocpp.message.core.DataTransferConfirmation;
import io.ocppsim.adapter.ocpp.message.core.DataTransferRequest;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatConfirmation;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatRequest;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesConfirmation;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesRequest;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.ResetConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ResetRequest;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorConfirmation;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorRequest;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsRequest;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareRequest;
import io.ocppsim.adapter.ocpp.message.localauth.GetLocalListVersionConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.GetLocalListVersionRequest;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListRequest;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageConfirmation;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageRequest;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationRequest;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 28 actions of OCPP 1.6J: their wire name, who sends the request, their feature profile, and
 * the records their request and confirmation payloads read into and are written from (in
 * {@code message.<profile>}, named {@code <wireName>Request} and {@code <wireName>Confirmation}).
 */
public enum Action {
    AUTHORIZE("Authorize", Initiator.CHARGE_POINT, Profile.Core,
            AuthorizeRequest.class, AuthorizeConfirmation.class),
    BOOT_NOTIFICATION("BootNotification", Initiator.CHARGE_POINT, Profile.Core,
            BootNotificationRequest.class, BootNotificationConfirmation.class),
    CHANGE_AVAILABILITY("ChangeAvailability", Initiator.CENTRAL_SYSTEM, Profile.Core,
            ChangeAvailabilityRequest.class, ChangeAvailabilityConfirmation.class),
    CHANGE_CONFIGURATION("ChangeConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core,
            ChangeConfigurationRequest.class, ChangeConfigurationConfirmation.class),
    CLEAR_CACHE("ClearCache", Initiator.CENTRAL_SYSTEM, Profile.Core,
            ClearCacheRequest.class, ClearCacheConfirmation.class),
    DATA_TRANSFER("DataTransfer", Initiator.BOTH, Profile.Core,
            DataTransferRequest.class, DataTransferConfirmation.class),
    GET_CONFIGURATION("GetConfiguration", Initiator.CENTRAL_SYSTEM, Profile.Core,
            GetConfigurationRequest.class, GetConfigurationConfirmation.class),
    HEARTBEAT("Heartbeat", Initiator.CHARGE_POINT, Profile.Core,
            HeartbeatRequest.class, HeartbeatConfirmation.class),
    METER_VALUES("MeterValues", Initiator.CHARGE_POINT, Profile.Core,
            MeterValuesRequest.class, MeterValuesConfirmation.class),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core,
            RemoteStartTransactionRequest.class, RemoteStartTransactionConfirmation.class),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", Initiator.CENTRAL_SYSTEM, Profile.Core,
            RemoteStopTransactionRequest.class, RemoteStopTransactionConfirmation.class),
    RESET("Reset", Initiator.CENTRAL_SYSTEM, Profile.Core,
            ResetRequest.class, ResetConfirmation.class),
    START_TRANSACTION("StartTransaction", Initiator.CHARGE_POINT, Profile.Core,
            StartTransactionRequest.class, StartTransactionConfirmation.class),
    STATUS_NOTIFICATION("StatusNotification", Initiator.CHARGE_POINT, Profile.Core,
            StatusNotificationRequest.class, StatusNotificationConfirmation.class),
    STOP_TRANSACTION("StopTransaction", Initiator.CHARGE_POINT, Profile.Core,
            StopTransactionRequest.class, StopTransactionConfirmation.class),
    UNLOCK_CONNECTOR("UnlockConnector", Initiator.CENTRAL_SYSTEM, Profile.Core,
            UnlockConnectorRequest.class, UnlockConnectorConfirmation.class),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", Initiator.CHARGE_POINT, Profile.FirmwareManagement,
            DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationConfirmation.class),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", Initiator.CHARGE_POINT, Profile.FirmwareManagement,
            FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationConfirmation.class),
    GET_DIAGNOSTICS("GetDiagnostics", Initiator.CENTRAL_SYSTEM, Profile.FirmwareManagement,
            GetDiagnosticsRequest.class, GetDiagnosticsConfirmation.class),
    UPDATE_FIRMWARE("UpdateFirmware", Initiator.CENTRAL_SYSTEM, Profile.FirmwareManagement,
            UpdateFirmwareRequest.class, UpdateFirmwareConfirmation.class),
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", Initiator.CENTRAL_SYSTEM, Profile.LocalAuthListManagement,
            GetLocalListVersionRequest.class, GetLocalListVersionConfirmation.class),
    SEND_LOCAL_LIST("SendLocalList", Initiator.CENTRAL_SYSTEM, Profile.LocalAuthListManagement,
            SendLocalListRequest.class, SendLocalListConfirmation.class),
    CANCEL_RESERVATION("CancelReservation", Initiator.CENTRAL_SYSTEM, Profile.Reservation,
            CancelReservationRequest.class, CancelReservationConfirmation.class),
    RESERVE_NOW("ReserveNow", Initiator.CENTRAL_SYSTEM, Profile.Reservation,
            ReserveNowRequest.class, ReserveNowConfirmation.class),
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging,
            ClearChargingProfileRequest.class, ClearChargingProfileConfirmation.class),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging,
            GetCompositeScheduleRequest.class, GetCompositeScheduleConfirmation.class),
    SET_CHARGING_PROFILE("SetChargingProfile", Initiator.CENTRAL_SYSTEM, Profile.SmartCharging,
            SetChargingProfileRequest.class, SetChargingProfileConfirmation.class),
    TRIGGER_MESSAGE("TriggerMessage", Initiator.CENTRAL_SYSTEM, Profile.RemoteTrigger,
            TriggerMessageRequest.class, TriggerMessageConfirmation.class);

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

    /** The record a CALL's payload of this action reads into, e.g. {@code BootNotificationRequest}. */
    public Class<?> requestType() {
        return requestType;
    }

    /** The record a CALLRESULT's payload of this action reads into, e.g. {@code BootNotificationConfirmation}. */
    public Class<?> confirmationType() {
        return confirmationType;
    }

    /** The action with that wire name (exact, case-sensitive as the specification spells it). */
    public static Optional<Action> byWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
