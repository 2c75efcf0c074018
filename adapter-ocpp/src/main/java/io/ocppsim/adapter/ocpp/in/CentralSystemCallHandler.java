package io.ocppsim.adapter.ocpp.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.ErrorCode;
import io.ocppsim.adapter.ocpp.codec.FrameCodec;
import io.ocppsim.adapter.ocpp.codec.OcppFrame;
import io.ocppsim.adapter.ocpp.codec.OcppJson;
import io.ocppsim.adapter.ocpp.message.core.AvailabilityStatus;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeAvailabilityRequest;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ChangeConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ClearCacheStatus;
import io.ocppsim.adapter.ocpp.message.core.ConfigurationStatus;
import io.ocppsim.adapter.ocpp.message.core.DataTransferConfirmation;
import io.ocppsim.adapter.ocpp.message.core.DataTransferRequest;
import io.ocppsim.adapter.ocpp.message.core.DataTransferStatus;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.GetConfigurationRequest;
import io.ocppsim.adapter.ocpp.message.core.KeyValue;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartStopStatus;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.RemoteStopTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.ResetConfirmation;
import io.ocppsim.adapter.ocpp.message.core.ResetRequest;
import io.ocppsim.adapter.ocpp.message.core.ResetStatus;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorConfirmation;
import io.ocppsim.adapter.ocpp.message.core.UnlockConnectorRequest;
import io.ocppsim.adapter.ocpp.message.core.UnlockStatus;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.GetDiagnosticsRequest;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.UpdateFirmwareRequest;
import io.ocppsim.adapter.ocpp.message.localauth.GetLocalListVersionConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListConfirmation;
import io.ocppsim.adapter.ocpp.message.localauth.SendLocalListRequest;
import io.ocppsim.adapter.ocpp.message.localauth.UpdateStatus;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageConfirmation;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageRequest;
import io.ocppsim.adapter.ocpp.message.remotetrigger.TriggerMessageStatus;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationRequest;
import io.ocppsim.adapter.ocpp.message.reservation.CancelReservationStatus;
import io.ocppsim.adapter.ocpp.message.reservation.ReservationStatus;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowConfirmation;
import io.ocppsim.adapter.ocpp.message.reservation.ReserveNowRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.ChargingProfileStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.ClearChargingProfileStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleRequest;
import io.ocppsim.adapter.ocpp.message.smartcharging.GetCompositeScheduleStatus;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileConfirmation;
import io.ocppsim.adapter.ocpp.message.smartcharging.SetChargingProfileRequest;
import io.ocppsim.adapter.ocpp.transport.OcppConnection;
import io.ocppsim.application.port.in.ocpp.CentralSystemRequests;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase;
import io.ocppsim.application.port.in.ocpp.RemoteTriggerUseCase;
import io.ocppsim.application.port.in.ocpp.Reply;
import io.ocppsim.application.port.in.ocpp.ReservationUseCase;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.configuration.FeatureProfile;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationReport;
import io.ocppsim.domain.smartcharging.ChargingProfilePurpose;
import io.ocppsim.domain.smartcharging.ChargingRateUnit;
import io.ocppsim.domain.smartcharging.CompositeSchedule;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Answers the calls a Central System makes to a charge point by driving the application's use
 * cases ({@link CentralSystemRequests}), one typed payload in, one typed confirmation out. The
 * payload has passed the schema when it gets here. A request of a feature profile the charge
 * point does not support gets a NotSupported CALLERROR; a value the domain refuses (an idTag with
 * characters OCPP does not allow, a charging schedule that makes no sense) a
 * PropertyConstraintViolation that names the field. What a request sets in motion (a reboot, a
 * download, a triggered message) starts once its reply has been sent.
 */
public final class CentralSystemCallHandler {

    private static final Logger LOG = System.getLogger(CentralSystemCallHandler.class.getName());

    private final FrameCodec codec = new FrameCodec(OcppJson.newMapper());
    private final AtomicReference<CentralSystemRequests> requests = new AtomicReference<>();

    /** Connects the handler to the application's use cases; once, before any charge point connects. */
    public void bind(CentralSystemRequests useCases) {
        if (!requests.compareAndSet(null, useCases)) {
            throw new IllegalStateException("the handler is bound already");
        }
    }

    /** The handler for one charge point's connection. */
    public OcppConnection.CallHandler forChargePoint(ChargePointId chargePoint) {
        return new ForChargePoint(chargePoint);
    }

    private final class ForChargePoint implements OcppConnection.CallHandler {

        private final ChargePointId chargePoint;
        private final Map<String, Runnable> afterSent = new ConcurrentHashMap<>();

        ForChargePoint(ChargePointId chargePoint) {
            this.chargePoint = chargePoint;
        }

        @Override
        public CompletionStage<OcppFrame> handle(OcppFrame.Call call, Action action) {
            CentralSystemRequests useCases = requests.get();
            if (useCases == null) {
                return done(error(call, ErrorCode.InternalError, "the charge point is starting"));
            }
            FeatureProfile profile = FeatureProfile.valueOf(action.profile().name());
            if (!useCases.supportedProfiles().of(chargePoint).contains(profile)) {
                return done(error(call, ErrorCode.NotSupported, "this charge point does not support the "
                        + profile + " profile (SupportedFeatureProfiles)"));
            }
            try {
                Reply<?> reply = dispatch(useCases, call, action);
                Object confirmation = reply.answer();
                afterSent.put(call.uniqueId(), reply.afterSent());
                return done(new OcppFrame.CallResult(call.uniqueId(), codec.toPayload(confirmation)));
            } catch (InvalidValueException invalid) {
                return done(error(call, ErrorCode.PropertyConstraintViolation, invalid.getMessage()));
            } catch (JsonProcessingException unreadable) {
                return done(error(call, ErrorCode.FormationViolation, unreadable.getOriginalMessage()));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "handling " + action.wireName() + " for " + chargePoint + " failed", failure);
                return done(error(call, ErrorCode.InternalError, "the charge point could not handle "
                        + action.wireName()));
            }
        }

        @Override
        public void replied(String uniqueId) {
            Runnable action = afterSent.remove(uniqueId);
            if (action != null) {
                try {
                    action.run();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "acting on a request of the Central System failed for " + chargePoint,
                            failure);
                }
            }
        }

        /** Runs the use case of the action; its reply carries the confirmation record. */
        private Reply<?> dispatch(CentralSystemRequests useCases, OcppFrame.Call call, Action action)
                throws JsonProcessingException {
            CoreProfileUseCase core = useCases.core();
            return switch (action) {
                case CHANGE_AVAILABILITY -> {
                    var request = read(call, ChangeAvailabilityRequest.class);
                    var reply = core.changeAvailability(chargePoint, request.connectorId(),
                            CoreProfileUseCase.AvailabilityType.valueOf(request.type().name()));
                    yield map(reply, status -> new ChangeAvailabilityConfirmation(
                            AvailabilityStatus.valueOf(status.name())));
                }
                case CHANGE_CONFIGURATION -> {
                    var request = read(call, ChangeConfigurationRequest.class);
                    Reply<ConfigurationChange> reply = core.changeConfiguration(chargePoint, request.key(),
                            request.value());
                    yield map(reply, change -> new ChangeConfigurationConfirmation(
                            ConfigurationStatus.valueOf(change.status().name())));
                }
                case GET_CONFIGURATION -> {
                    var request = read(call, GetConfigurationRequest.class);
                    Reply<ConfigurationReport> reply = core.getConfiguration(chargePoint,
                            request.key() == null ? List.of() : request.key());
                    yield map(reply, report -> new GetConfigurationConfirmation(
                            report.entries().stream()
                                    .map(e -> new KeyValue(e.key(), e.readOnly(), e.value())).toList(),
                            report.unknownKeys().isEmpty() ? null : report.unknownKeys()));
                }
                case CLEAR_CACHE -> map(core.clearCache(chargePoint),
                        status -> new ClearCacheConfirmation(ClearCacheStatus.valueOf(status.name())));
                case DATA_TRANSFER -> {
                    var request = read(call, DataTransferRequest.class);
                    yield map(core.dataTransfer(chargePoint, request.vendorId(), request.messageId(), request.data()),
                            answer -> new DataTransferConfirmation(DataTransferStatus.valueOf(answer.status().name()),
                                    answer.data()));
                }
                case REMOTE_START_TRANSACTION -> {
                    var request = read(call, RemoteStartTransactionRequest.class);
                    io.ocppsim.domain.smartcharging.ChargingProfile profile;
                    try {
                        profile = request.chargingProfile() == null ? null
                                : RequestMapping.chargingProfile(request.chargingProfile());
                    } catch (InvalidValueException unusable) {
                        yield Reply.of(new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Rejected));
                    }
                    var reply = core.remoteStartTransaction(chargePoint, new CoreProfileUseCase.RemoteStart(
                            RequestMapping.idTag(request.idTag()), request.connectorId(), profile));
                    yield map(reply, status -> new RemoteStartTransactionConfirmation(
                            RemoteStartStopStatus.valueOf(status.name())));
                }
                case REMOTE_STOP_TRANSACTION -> {
                    var request = read(call, RemoteStopTransactionRequest.class);
                    yield map(core.remoteStopTransaction(chargePoint, request.transactionId()),
                            status -> new RemoteStopTransactionConfirmation(
                                    RemoteStartStopStatus.valueOf(status.name())));
                }
                case RESET -> {
                    var request = read(call, ResetRequest.class);
                    yield map(core.reset(chargePoint, CoreProfileUseCase.ResetType.valueOf(request.type().name())),
                            status -> new ResetConfirmation(ResetStatus.valueOf(status.name())));
                }
                case UNLOCK_CONNECTOR -> {
                    var request = read(call, UnlockConnectorRequest.class);
                    yield map(core.unlockConnector(chargePoint, request.connectorId()),
                            status -> new UnlockConnectorConfirmation(UnlockStatus.valueOf(status.name())));
                }
                case UPDATE_FIRMWARE -> {
                    var request = read(call, UpdateFirmwareRequest.class);
                    yield map(useCases.firmware().updateFirmware(chargePoint, uri("location", request.location()),
                                    request.retrieveDate(), request.retries(), seconds(request.retryInterval())),
                            nothing -> new UpdateFirmwareConfirmation());
                }
                case GET_DIAGNOSTICS -> {
                    var request = read(call, GetDiagnosticsRequest.class);
                    yield map(useCases.firmware().getDiagnostics(chargePoint, uri("location", request.location()),
                                    request.retries(), seconds(request.retryInterval()), request.startTime(),
                                    request.stopTime()),
                            fileName -> new GetDiagnosticsConfirmation(fileName.orElse(null)));
                }
                case GET_LOCAL_LIST_VERSION -> map(useCases.localAuthList().getLocalListVersion(chargePoint),
                        GetLocalListVersionConfirmation::new);
                case SEND_LOCAL_LIST -> {
                    var request = read(call, SendLocalListRequest.class);
                    yield map(useCases.localAuthList().sendLocalList(chargePoint, request.listVersion(),
                                    RequestMapping.updateType(request.updateType()),
                                    RequestMapping.localList(request.localAuthorizationList())),
                            status -> new SendLocalListConfirmation(UpdateStatus.valueOf(status.name())));
                }
                case RESERVE_NOW -> {
                    var request = read(call, ReserveNowRequest.class);
                    var reply = useCases.reservation().reserveNow(chargePoint, new ReservationUseCase.ReserveNow(
                            request.connectorId(), request.expiryDate(), RequestMapping.idTag(request.idTag()),
                            RequestMapping.idTag(request.parentIdTag()), request.reservationId()));
                    yield map(reply, status -> new ReserveNowConfirmation(ReservationStatus.valueOf(status.name())));
                }
                case CANCEL_RESERVATION -> {
                    var request = read(call, CancelReservationRequest.class);
                    yield map(useCases.reservation().cancelReservation(chargePoint, request.reservationId()),
                            status -> new CancelReservationConfirmation(
                                    CancelReservationStatus.valueOf(status.name())));
                }
                case SET_CHARGING_PROFILE -> {
                    var request = read(call, SetChargingProfileRequest.class);
                    io.ocppsim.domain.smartcharging.ChargingProfile profile;
                    try {
                        profile = RequestMapping.chargingProfile(request.csChargingProfiles());
                    } catch (InvalidValueException unusable) {
                        yield Reply.of(new SetChargingProfileConfirmation(ChargingProfileStatus.Rejected));
                    }
                    yield map(useCases.smartCharging().setChargingProfile(chargePoint, request.connectorId(), profile),
                            status -> new SetChargingProfileConfirmation(
                                    ChargingProfileStatus.valueOf(status.name())));
                }
                case CLEAR_CHARGING_PROFILE -> {
                    var request = read(call, ClearChargingProfileRequest.class);
                    yield map(useCases.smartCharging().clearChargingProfile(chargePoint, request.id(),
                                    request.connectorId(),
                                    request.chargingProfilePurpose() == null ? null
                                            : ChargingProfilePurpose.valueOf(request.chargingProfilePurpose().name()),
                                    request.stackLevel()),
                            status -> new ClearChargingProfileConfirmation(
                                    ClearChargingProfileStatus.valueOf(status.name())));
                }
                case GET_COMPOSITE_SCHEDULE -> {
                    var request = read(call, GetCompositeScheduleRequest.class);
                    Reply<Optional<CompositeSchedule>> reply = useCases.smartCharging().getCompositeSchedule(
                            chargePoint, request.connectorId(), Duration.ofSeconds(request.duration()),
                            request.chargingRateUnit() == null ? null
                                    : ChargingRateUnit.valueOf(request.chargingRateUnit().name()));
                    yield map(reply, schedule -> schedule
                            .map(s -> new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.Accepted,
                                    s.connectorId(), s.scheduleStart(), RequestMapping.compositeSchedule(s)))
                            .orElseGet(() -> new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.Rejected,
                                    null, null, null)));
                }
                case TRIGGER_MESSAGE -> {
                    var request = read(call, TriggerMessageRequest.class);
                    var reply = useCases.remoteTrigger().triggerMessage(chargePoint,
                            RemoteTriggerUseCase.MessageTrigger.valueOf(request.requestedMessage().name()),
                            request.connectorId());
                    yield map(reply, status -> new TriggerMessageConfirmation(
                            TriggerMessageStatus.valueOf(status.name())));
                }
                default -> throw new IllegalStateException(action.wireName() + " is not sent by a Central System");
            };
        }

        private <T> T read(OcppFrame.Call call, Class<T> type) throws JsonProcessingException {
            return codec.fromPayload(call.payload(), type);
        }
    }

    private static <A, C> Reply<C> map(Reply<A> reply, Function<A, C> confirmation) {
        return Reply.of(confirmation.apply(reply.answer()), reply.afterSent());
    }

    private static URI uri(String field, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "is not a URI: " + e.getReason());
        }
    }

    private static Duration seconds(Integer value) {
        return value == null ? null : Duration.ofSeconds(Math.max(0, value));
    }

    private static CompletionStage<OcppFrame> done(OcppFrame frame) {
        return CompletableFuture.completedFuture(frame);
    }

    private static OcppFrame.CallError error(OcppFrame.Call call, ErrorCode code, String description) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        return new OcppFrame.CallError(call.uniqueId(), code, description, details);
    }
}
