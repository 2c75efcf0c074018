package io.ocppsim.adapter.ocpp.message;

import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.OcppJson;
import io.ocppsim.adapter.ocpp.message.core.AuthorizationStatus;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeConfirmation;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeRequest;
import io.ocppsim.adapter.ocpp.message.core.AvailabilityStatus;
import io.ocppsim.adapter.ocpp.message.core.AvailabilityType;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityRequest;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.ChargePointErrorCode;
import io.ocppsim.adapter.ocpp.message.core.ChargePointStatus;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheRequest;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheStatus;
import io.ocppsim.adapter.ocpp.message.core.ConfigurationStatus;
import io.ocppsim.adapter.ocpp.message.core.DataTransferConfirmation;
import io.ocppsim.adapter.ocpp.message.core.DataTransferRequest;
import io.ocppsim.adapter.ocpp.message.core.DataTransferStatus;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatConfirmation;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatRequest;
import io.ocppsim.adapter.ocpp.message.core.IdTagInfo;
import io.ocppsim.adapter.ocpp.message.core.KeyValue;
import io.ocppsim.adapter.ocpp.message.core.Location;
import io.ocppsim.adapter.ocpp.message.core.Measurand;
import io.ocppsim.adapter.ocpp.message.core.MeterValue;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesConfirmation;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesRequest;
import io.ocppsim.adapter.ocpp.message.core.Phase;
import io.ocppsim.adapter.ocpp.message.core.ReadingContext;
import io.ocppsim.adapter.ocpp.message.core.Reason;
import io.ocppsim.adapter.ocpp.message.core.RegistrationStatus;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartStopStatus;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.ResetConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ResetRequest;
import io.ocppsim.adapter.ocpp.message.core.ResetStatus;
import io.ocppsim.adapter.ocpp.message.core.ResetType;
import io.ocppsim.adapter.ocpp.message.core.SampledValue;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.UnitOfMeasure;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorConfirmation;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorRequest;
import io.ocppsim.adapter.ocpp.message.core.UnlockStatus;
import io.ocppsim.adapter.ocpp.message.core.ValueFormat;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatus;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatus;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsRequest;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareRequest;
import io.ocppsim.adapter.ocpp.message.localauth.AuthorizationData;
import io.ocppsim.adapter.ocpp.message.localauth.GetLocalListVersionConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.GetLocalListVersionRequest;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListRequest;
import io.ocppsim.adapter.ocpp.message.localauth.UpdateStatus;
import io.ocppsim.adapter.ocpp.message.localauth.UpdateType;
import io.ocppsim.adapter.ocpp.message.remotetrigger.MessageTrigger;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageConfirmation;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageRequest;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageStatus;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationRequest;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationStatus;
import io.ocppsim.adapter.ocpp.message.reservation.ReservationStatus;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfile;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfileKind;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfilePurpose;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfileStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingRateUnit;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingSchedule;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingSchedulePeriod;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.RecurrencyKind;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileRequest;
import java.time.Instant;
import java.util.List;

/**
 * Sample payloads for every OCPP 1.6 action, for tests: a full sample sets every optional field
 * (every field the schema defines appears at least once, lists hold more than one entry where that
 * matters), a minimal one only the required fields. Each is a {@link Sample} holding the request
 * and its confirmation. All values are within the schema's limits; timestamps have millisecond
 * precision, so they survive a round trip through {@link OcppJson}.
 */
public final class SamplePayloads {

    /** A request and the confirmation that answers it. */
    public record Sample<Q, C>(Q request, C confirmation) {
    }

    /** A timestamp in the samples. */
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    private static final Instant T1 = Instant.parse("2026-03-01T11:30:00Z");

    private SamplePayloads() {
    }

    /** The full sample of {@code action}: every optional field set. */
    public static Sample<?, ?> full(Action action) {
        return switch (action) {
            case AUTHORIZE -> fullAuthorize();
            case BOOT_NOTIFICATION -> fullBootNotification();
            case CHANGE_AVAILABILITY -> fullChangeAvailability();
            case CHANGE_CONFIGURATION -> fullChangeConfiguration();
            case CLEAR_CACHE -> fullClearCache();
            case DATA_TRANSFER -> fullDataTransfer();
            case GET_CONFIGURATION -> fullGetConfiguration();
            case HEARTBEAT -> fullHeartbeat();
            case METER_VALUES -> fullMeterValues();
            case REMOTE_START_TRANSACTION -> fullRemoteStartTransaction();
            case REMOTE_STOP_TRANSACTION -> fullRemoteStopTransaction();
            case RESET -> fullReset();
            case START_TRANSACTION -> fullStartTransaction();
            case STATUS_NOTIFICATION -> fullStatusNotification();
            case STOP_TRANSACTION -> fullStopTransaction();
            case UNLOCK_CONNECTOR -> fullUnlockConnector();
            case DIAGNOSTICS_STATUS_NOTIFICATION -> fullDiagnosticsStatusNotification();
            case FIRMWARE_STATUS_NOTIFICATION -> fullFirmwareStatusNotification();
            case GET_DIAGNOSTICS -> fullGetDiagnostics();
            case UPDATE_FIRMWARE -> fullUpdateFirmware();
            case GET_LOCAL_LIST_VERSION -> fullGetLocalListVersion();
            case SEND_LOCAL_LIST -> fullSendLocalList();
            case CANCEL_RESERVATION -> fullCancelReservation();
            case RESERVE_NOW -> fullReserveNow();
            case CLEAR_CHARGING_PROFILE -> fullClearChargingProfile();
            case GET_COMPOSITE_SCHEDULE -> fullGetCompositeSchedule();
            case SET_CHARGING_PROFILE -> fullSetChargingProfile();
            case TRIGGER_MESSAGE -> fullTriggerMessage();
        };
    }

    /** The minimal sample of {@code action}: only the required fields set. */
    public static Sample<?, ?> minimal(Action action) {
        return switch (action) {
            case AUTHORIZE -> minimalAuthorize();
            case BOOT_NOTIFICATION -> minimalBootNotification();
            case CHANGE_AVAILABILITY -> minimalChangeAvailability();
            case CHANGE_CONFIGURATION -> minimalChangeConfiguration();
            case CLEAR_CACHE -> minimalClearCache();
            case DATA_TRANSFER -> minimalDataTransfer();
            case GET_CONFIGURATION -> minimalGetConfiguration();
            case HEARTBEAT -> minimalHeartbeat();
            case METER_VALUES -> minimalMeterValues();
            case REMOTE_START_TRANSACTION -> minimalRemoteStartTransaction();
            case REMOTE_STOP_TRANSACTION -> minimalRemoteStopTransaction();
            case RESET -> minimalReset();
            case START_TRANSACTION -> minimalStartTransaction();
            case STATUS_NOTIFICATION -> minimalStatusNotification();
            case STOP_TRANSACTION -> minimalStopTransaction();
            case UNLOCK_CONNECTOR -> minimalUnlockConnector();
            case DIAGNOSTICS_STATUS_NOTIFICATION -> minimalDiagnosticsStatusNotification();
            case FIRMWARE_STATUS_NOTIFICATION -> minimalFirmwareStatusNotification();
            case GET_DIAGNOSTICS -> minimalGetDiagnostics();
            case UPDATE_FIRMWARE -> minimalUpdateFirmware();
            case GET_LOCAL_LIST_VERSION -> minimalGetLocalListVersion();
            case SEND_LOCAL_LIST -> minimalSendLocalList();
            case CANCEL_RESERVATION -> minimalCancelReservation();
            case RESERVE_NOW -> minimalReserveNow();
            case CLEAR_CHARGING_PROFILE -> minimalClearChargingProfile();
            case GET_COMPOSITE_SCHEDULE -> minimalGetCompositeSchedule();
            case SET_CHARGING_PROFILE -> minimalSetChargingProfile();
            case TRIGGER_MESSAGE -> minimalTriggerMessage();
        };
    }

    // ---- shared parts

    /** An idTagInfo with every field set. */
    public static IdTagInfo fullIdTagInfo() {
        return new IdTagInfo(T1, "PARENT-0123456789012", AuthorizationStatus.Accepted);
    }

    /** An idTagInfo with only its status. */
    public static IdTagInfo minimalIdTagInfo() {
        return new IdTagInfo(null, null, AuthorizationStatus.Invalid);
    }

    /** A recurring TxProfile with every field set, two periods, for transaction 42. */
    public static ChargingProfile fullChargingProfile() {
        return new ChargingProfile(7, 42, 3, ChargingProfilePurpose.TxProfile, ChargingProfileKind.Recurring,
                RecurrencyKind.Daily, T0, T1, fullChargingSchedule());
    }

    /** A relative TxDefaultProfile with only the required fields and one period. */
    public static ChargingProfile minimalChargingProfile() {
        return new ChargingProfile(1, null, 0, ChargingProfilePurpose.TxDefaultProfile, ChargingProfileKind.Relative,
                null, null, null, minimalChargingSchedule());
    }

    /** A schedule in amperes with every field set: 32 A for 30 minutes, then 16.5 A on one phase. */
    public static ChargingSchedule fullChargingSchedule() {
        return new ChargingSchedule(3600, T0, ChargingRateUnit.A,
                List.of(new ChargingSchedulePeriod(0, 32.0, 3), new ChargingSchedulePeriod(1800, 16.5, 1)), 6.1);
    }

    /** A schedule in watts with only the required fields: 11 kW from the start. */
    public static ChargingSchedule minimalChargingSchedule() {
        return new ChargingSchedule(null, null, ChargingRateUnit.W, List.of(new ChargingSchedulePeriod(0, 11000.0,
                null)), null);
    }

    /** A sampled value with every attribute set, the enumerated ones as their wire values. */
    public static SampledValue fullSampledValue() {
        return new SampledValue("1500", wire(ReadingContext.Sample_Periodic), wire(ValueFormat.Raw),
                wire(Measurand.Energy_Active_Import_Register), wire(Phase.L1_N), wire(Location.Outlet),
                wire(UnitOfMeasure.Wh));
    }

    /** A sampled value with only its value. */
    public static SampledValue minimalSampledValue() {
        return new SampledValue("0", null, null, null, null, null, null);
    }

    /** The wire spelling of an enumerated value, as {@link OcppJson} writes it. */
    public static String wire(Enum<?> value) {
        return OcppJson.newMapper().valueToTree(value).asText();
    }

    // ---- core

    public static Sample<AuthorizeRequest, AuthorizeConfirmation> fullAuthorize() {
        return new Sample<>(new AuthorizeRequest("TAG-0123456789012345"), new AuthorizeConfirmation(fullIdTagInfo()));
    }

    public static Sample<AuthorizeRequest, AuthorizeConfirmation> minimalAuthorize() {
        return new Sample<>(new AuthorizeRequest("a"), new AuthorizeConfirmation(minimalIdTagInfo()));
    }

    public static Sample<BootNotificationRequest, BootNotificationConfirmation> fullBootNotification() {
        return new Sample<>(new BootNotificationRequest("Simulator", "Sim-1", "CP-SERIAL-1", "BOX-SERIAL-1", "1.2.3",
                "89440001234567890123", "310150123456789", "MeterType-A", "METER-SERIAL-1"),
                new BootNotificationConfirmation(T0, 300, RegistrationStatus.Accepted));
    }

    public static Sample<BootNotificationRequest, BootNotificationConfirmation> minimalBootNotification() {
        return new Sample<>(new BootNotificationRequest("V", "M", null, null, null, null, null, null, null),
                new BootNotificationConfirmation(T1, 0, RegistrationStatus.Pending));
    }

    public static Sample<ChangeAvailabilityRequest, ChangeAvailabilityConfirmation> fullChangeAvailability() {
        return new Sample<>(new ChangeAvailabilityRequest(2, AvailabilityType.Inoperative),
                new ChangeAvailabilityConfirmation(AvailabilityStatus.Scheduled));
    }

    public static Sample<ChangeAvailabilityRequest, ChangeAvailabilityConfirmation> minimalChangeAvailability() {
        return new Sample<>(new ChangeAvailabilityRequest(0, AvailabilityType.Operative),
                new ChangeAvailabilityConfirmation(AvailabilityStatus.Accepted));
    }

    public static Sample<ChangeConfigurationRequest, ChangeConfigurationConfirmation> fullChangeConfiguration() {
        return new Sample<>(new ChangeConfigurationRequest("MeterValuesSampledData",
                "Energy.Active.Import.Register,Power.Active.Import"),
                new ChangeConfigurationConfirmation(ConfigurationStatus.RebootRequired));
    }

    public static Sample<ChangeConfigurationRequest, ChangeConfigurationConfirmation> minimalChangeConfiguration() {
        return new Sample<>(new ChangeConfigurationRequest("HeartbeatInterval", "300"),
                new ChangeConfigurationConfirmation(ConfigurationStatus.Accepted));
    }

    public static Sample<ClearCacheRequest, ClearCacheConfirmation> fullClearCache() {
        return new Sample<>(new ClearCacheRequest(), new ClearCacheConfirmation(ClearCacheStatus.Rejected));
    }

    public static Sample<ClearCacheRequest, ClearCacheConfirmation> minimalClearCache() {
        return new Sample<>(new ClearCacheRequest(), new ClearCacheConfirmation(ClearCacheStatus.Accepted));
    }

    public static Sample<DataTransferRequest, DataTransferConfirmation> fullDataTransfer() {
        return new Sample<>(new DataTransferRequest("com.example.vendor", "GetSetting", "{\"setting\":\"x\"}"),
                new DataTransferConfirmation(DataTransferStatus.Accepted, "ok"));
    }

    public static Sample<DataTransferRequest, DataTransferConfirmation> minimalDataTransfer() {
        return new Sample<>(new DataTransferRequest("com.example.vendor", null, null),
                new DataTransferConfirmation(DataTransferStatus.UnknownVendorId, null));
    }

    public static Sample<GetConfigurationRequest, GetConfigurationConfirmation> fullGetConfiguration() {
        return new Sample<>(new GetConfigurationRequest(List.of("HeartbeatInterval", "NumberOfConnectors", "Colour")),
                new GetConfigurationConfirmation(List.of(new KeyValue("HeartbeatInterval", false, "300"),
                        new KeyValue("NumberOfConnectors", true, "2"), new KeyValue("AuthorizationKey", true, null)),
                        List.of("Colour")));
    }

    /** Asks for every key; answers with none. */
    public static Sample<GetConfigurationRequest, GetConfigurationConfirmation> minimalGetConfiguration() {
        return new Sample<>(new GetConfigurationRequest(null), new GetConfigurationConfirmation(null, null));
    }

    public static Sample<HeartbeatRequest, HeartbeatConfirmation> fullHeartbeat() {
        return new Sample<>(new HeartbeatRequest(), new HeartbeatConfirmation(T0));
    }

    public static Sample<HeartbeatRequest, HeartbeatConfirmation> minimalHeartbeat() {
        return new Sample<>(new HeartbeatRequest(), new HeartbeatConfirmation(T1));
    }

    public static Sample<MeterValuesRequest, MeterValuesConfirmation> fullMeterValues() {
        return new Sample<>(new MeterValuesRequest(1, 42, List.of(new MeterValue(T0, List.of(fullSampledValue(),
                new SampledValue("7.2", wire(ReadingContext.Sample_Periodic), wire(ValueFormat.Raw),
                        wire(Measurand.Power_Active_Import), wire(Phase.L1), wire(Location.Outlet),
                        wire(UnitOfMeasure.kW)))))),
                new MeterValuesConfirmation());
    }

    public static Sample<MeterValuesRequest, MeterValuesConfirmation> minimalMeterValues() {
        return new Sample<>(new MeterValuesRequest(0, null, List.of(new MeterValue(T1, List.of(minimalSampledValue())))),
                new MeterValuesConfirmation());
    }

    public static Sample<RemoteStartTransactionRequest, RemoteStartTransactionConfirmation>
            fullRemoteStartTransaction() {
        return new Sample<>(new RemoteStartTransactionRequest(1, "TAG-1", fullChargingProfile()),
                new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Accepted));
    }

    public static Sample<RemoteStartTransactionRequest, RemoteStartTransactionConfirmation>
            minimalRemoteStartTransaction() {
        return new Sample<>(new RemoteStartTransactionRequest(null, "TAG-1", null),
                new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Rejected));
    }

    public static Sample<RemoteStopTransactionRequest, RemoteStopTransactionConfirmation>
            fullRemoteStopTransaction() {
        return new Sample<>(new RemoteStopTransactionRequest(42),
                new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Accepted));
    }

    public static Sample<RemoteStopTransactionRequest, RemoteStopTransactionConfirmation>
            minimalRemoteStopTransaction() {
        return new Sample<>(new RemoteStopTransactionRequest(1),
                new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Rejected));
    }

    public static Sample<ResetRequest, ResetConfirmation> fullReset() {
        return new Sample<>(new ResetRequest(ResetType.Hard), new ResetConfirmation(ResetStatus.Accepted));
    }

    public static Sample<ResetRequest, ResetConfirmation> minimalReset() {
        return new Sample<>(new ResetRequest(ResetType.Soft), new ResetConfirmation(ResetStatus.Rejected));
    }

    public static Sample<StartTransactionRequest, StartTransactionConfirmation> fullStartTransaction() {
        return new Sample<>(new StartTransactionRequest(1, "TAG-1", 1500, 9, T0),
                new StartTransactionConfirmation(fullIdTagInfo(), 42));
    }

    public static Sample<StartTransactionRequest, StartTransactionConfirmation> minimalStartTransaction() {
        return new Sample<>(new StartTransactionRequest(2, "TAG-2", 0, null, T1),
                new StartTransactionConfirmation(minimalIdTagInfo(), 43));
    }

    public static Sample<StatusNotificationRequest, StatusNotificationConfirmation> fullStatusNotification() {
        return new Sample<>(new StatusNotificationRequest(1, ChargePointErrorCode.OtherError, "Lid open",
                ChargePointStatus.Faulted, T0, "com.example.vendor", "E-042"), new StatusNotificationConfirmation());
    }

    public static Sample<StatusNotificationRequest, StatusNotificationConfirmation> minimalStatusNotification() {
        return new Sample<>(new StatusNotificationRequest(0, ChargePointErrorCode.NoError, null,
                ChargePointStatus.Available, null, null, null), new StatusNotificationConfirmation());
    }

    public static Sample<StopTransactionRequest, StopTransactionConfirmation> fullStopTransaction() {
        return new Sample<>(new StopTransactionRequest("TAG-1", 9500, T1, 42, Reason.EVDisconnected,
                List.of(new MeterValue(T0, List.of(fullSampledValue())), new MeterValue(T1, List.of(
                        new SampledValue("9500", wire(ReadingContext.Transaction_End), wire(ValueFormat.Raw),
                                wire(Measurand.Energy_Active_Import_Register), null, null,
                                wire(UnitOfMeasure.Wh)))))),
                new StopTransactionConfirmation(fullIdTagInfo()));
    }

    public static Sample<StopTransactionRequest, StopTransactionConfirmation> minimalStopTransaction() {
        return new Sample<>(new StopTransactionRequest(null, 0, T1, 1, null, null),
                new StopTransactionConfirmation(null));
    }

    public static Sample<UnlockConnectorRequest, UnlockConnectorConfirmation> fullUnlockConnector() {
        return new Sample<>(new UnlockConnectorRequest(2), new UnlockConnectorConfirmation(UnlockStatus.UnlockFailed));
    }

    public static Sample<UnlockConnectorRequest, UnlockConnectorConfirmation> minimalUnlockConnector() {
        return new Sample<>(new UnlockConnectorRequest(1), new UnlockConnectorConfirmation(UnlockStatus.Unlocked));
    }

    // ---- firmware management

    public static Sample<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationConfirmation>
            fullDiagnosticsStatusNotification() {
        return new Sample<>(new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.UploadFailed),
                new DiagnosticsStatusNotificationConfirmation());
    }

    public static Sample<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationConfirmation>
            minimalDiagnosticsStatusNotification() {
        return new Sample<>(new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.Uploaded),
                new DiagnosticsStatusNotificationConfirmation());
    }

    public static Sample<FirmwareStatusNotificationRequest, FirmwareStatusNotificationConfirmation>
            fullFirmwareStatusNotification() {
        return new Sample<>(new FirmwareStatusNotificationRequest(FirmwareStatus.InstallationFailed),
                new FirmwareStatusNotificationConfirmation());
    }

    public static Sample<FirmwareStatusNotificationRequest, FirmwareStatusNotificationConfirmation>
            minimalFirmwareStatusNotification() {
        return new Sample<>(new FirmwareStatusNotificationRequest(FirmwareStatus.Downloading),
                new FirmwareStatusNotificationConfirmation());
    }

    public static Sample<GetDiagnosticsRequest, GetDiagnosticsConfirmation> fullGetDiagnostics() {
        return new Sample<>(new GetDiagnosticsRequest("ftp://diagnostics.example.com/uploads/", 3, 60,
                T0, T1), new GetDiagnosticsConfirmation("diagnostics-CP1-20260301.zip"));
    }

    /** Without diagnostics to upload, the answer names no file. */
    public static Sample<GetDiagnosticsRequest, GetDiagnosticsConfirmation> minimalGetDiagnostics() {
        return new Sample<>(new GetDiagnosticsRequest("https://diagnostics.example.com/upload", null, null, null,
                null), new GetDiagnosticsConfirmation(null));
    }

    public static Sample<UpdateFirmwareRequest, UpdateFirmwareConfirmation> fullUpdateFirmware() {
        return new Sample<>(new UpdateFirmwareRequest("https://firmware.example.com/sim-1.2.4.bin", 5, T0, 120),
                new UpdateFirmwareConfirmation());
    }

    public static Sample<UpdateFirmwareRequest, UpdateFirmwareConfirmation> minimalUpdateFirmware() {
        return new Sample<>(new UpdateFirmwareRequest("ftp://firmware.example.com/sim.bin", null, T1, null),
                new UpdateFirmwareConfirmation());
    }

    // ---- local authorization list management

    public static Sample<GetLocalListVersionRequest, GetLocalListVersionConfirmation> fullGetLocalListVersion() {
        return new Sample<>(new GetLocalListVersionRequest(), new GetLocalListVersionConfirmation(17));
    }

    public static Sample<GetLocalListVersionRequest, GetLocalListVersionConfirmation> minimalGetLocalListVersion() {
        return new Sample<>(new GetLocalListVersionRequest(), new GetLocalListVersionConfirmation(0));
    }

    /**
     * A differential update that adds one idTag (with every field of its idTagInfo) and removes
     * another (an entry without idTagInfo).
     */
    public static Sample<SendLocalListRequest, SendLocalListConfirmation> fullSendLocalList() {
        return new Sample<>(new SendLocalListRequest(18, List.of(new AuthorizationData("TAG-1", fullIdTagInfo()),
                new AuthorizationData("TAG-GONE", null)), UpdateType.Differential),
                new SendLocalListConfirmation(UpdateStatus.VersionMismatch));
    }

    /** A full update without entries: empties the list. */
    public static Sample<SendLocalListRequest, SendLocalListConfirmation> minimalSendLocalList() {
        return new Sample<>(new SendLocalListRequest(1, null, UpdateType.Full),
                new SendLocalListConfirmation(UpdateStatus.Accepted));
    }

    // ---- reservation

    public static Sample<CancelReservationRequest, CancelReservationConfirmation> fullCancelReservation() {
        return new Sample<>(new CancelReservationRequest(9),
                new CancelReservationConfirmation(CancelReservationStatus.Accepted));
    }

    public static Sample<CancelReservationRequest, CancelReservationConfirmation> minimalCancelReservation() {
        return new Sample<>(new CancelReservationRequest(0),
                new CancelReservationConfirmation(CancelReservationStatus.Rejected));
    }

    public static Sample<ReserveNowRequest, ReserveNowConfirmation> fullReserveNow() {
        return new Sample<>(new ReserveNowRequest(1, T1, "TAG-1", "PARENT-1", 9),
                new ReserveNowConfirmation(ReservationStatus.Occupied));
    }

    public static Sample<ReserveNowRequest, ReserveNowConfirmation> minimalReserveNow() {
        return new Sample<>(new ReserveNowRequest(0, T1, "TAG-2", null, 10),
                new ReserveNowConfirmation(ReservationStatus.Accepted));
    }

    // ---- smart charging

    public static Sample<ClearChargingProfileRequest, ClearChargingProfileConfirmation> fullClearChargingProfile() {
        return new Sample<>(new ClearChargingProfileRequest(7, 1, ChargingProfilePurpose.TxProfile, 3),
                new ClearChargingProfileConfirmation(ClearChargingProfileStatus.Accepted));
    }

    /** Clears every profile. */
    public static Sample<ClearChargingProfileRequest, ClearChargingProfileConfirmation>
            minimalClearChargingProfile() {
        return new Sample<>(new ClearChargingProfileRequest(null, null, null, null),
                new ClearChargingProfileConfirmation(ClearChargingProfileStatus.Unknown));
    }

    public static Sample<GetCompositeScheduleRequest, GetCompositeScheduleConfirmation> fullGetCompositeSchedule() {
        return new Sample<>(new GetCompositeScheduleRequest(1, 3600, ChargingRateUnit.A),
                new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.Accepted, 1, T0,
                        fullChargingSchedule()));
    }

    public static Sample<GetCompositeScheduleRequest, GetCompositeScheduleConfirmation>
            minimalGetCompositeSchedule() {
        return new Sample<>(new GetCompositeScheduleRequest(0, 86400, null),
                new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.Rejected, null, null, null));
    }

    public static Sample<SetChargingProfileRequest, SetChargingProfileConfirmation> fullSetChargingProfile() {
        return new Sample<>(new SetChargingProfileRequest(1, fullChargingProfile()),
                new SetChargingProfileConfirmation(ChargingProfileStatus.Accepted));
    }

    public static Sample<SetChargingProfileRequest, SetChargingProfileConfirmation> minimalSetChargingProfile() {
        return new Sample<>(new SetChargingProfileRequest(0, minimalChargingProfile()),
                new SetChargingProfileConfirmation(ChargingProfileStatus.NotSupported));
    }

    // ---- remote trigger

    public static Sample<TriggerMessageRequest, TriggerMessageConfirmation> fullTriggerMessage() {
        return new Sample<>(new TriggerMessageRequest(MessageTrigger.StatusNotification, 2),
                new TriggerMessageConfirmation(TriggerMessageStatus.Accepted));
    }

    public static Sample<TriggerMessageRequest, TriggerMessageConfirmation> minimalTriggerMessage() {
        return new Sample<>(new TriggerMessageRequest(MessageTrigger.Heartbeat, null),
                new TriggerMessageConfirmation(TriggerMessageStatus.NotImplemented));
    }
}
