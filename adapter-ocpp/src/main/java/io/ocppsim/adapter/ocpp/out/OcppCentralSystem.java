package io.ocppsim.adapter.ocpp.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ocppsim.adapter.ocpp.codec.Action;
import io.ocppsim.adapter.ocpp.codec.FrameCodec;
import io.ocppsim.adapter.ocpp.in.CentralSystemCallHandler;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeConfirmation;
import io.ocppsim.adapter.ocpp.message.core.AuthorizeRequest;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.DataTransferConfirmation;
import io.ocppsim.adapter.ocpp.message.core.DataTransferRequest;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatConfirmation;
import io.ocppsim.adapter.ocpp.message.core.HeartbeatRequest;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatusNotificationRequest;
import io.ocppsim.adapter.ocpp.transport.OcppConnection;
import io.ocppsim.adapter.ocpp.transport.OcppTransport;
import io.ocppsim.application.port.out.CentralSystemEndpoint;
import io.ocppsim.application.port.out.CentralSystemException;
import io.ocppsim.application.port.out.CentralSystemPort;
import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Central System reached over OCPP-J 1.6: one WebSocket connection per charge point at
 * {@code <central system URL>/<charge point id>}, with HTTP Basic authentication (user: the charge
 * point id, password: its AuthorizationKey) when a key is set.
 */
public final class OcppCentralSystem implements CentralSystemPort {

    private final OcppTransport transport;
    private final FrameCodec codec;
    private final CentralSystemCallHandler callHandler;
    private final Map<ChargePointId, OcppConnection> connections = new ConcurrentHashMap<>();

    public OcppCentralSystem(OcppTransport transport, CentralSystemCallHandler callHandler) {
        this.transport = transport;
        this.codec = transport.codec();
        this.callHandler = callHandler;
    }

    /**
     * The URL a charge point connects to: the base URL with the charge point id as last segment (its
     * characters stand in a URL as they are).
     */
    static URI urlOf(CentralSystemEndpoint endpoint, ChargePointId chargePoint) {
        String base = endpoint.baseUrl().toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + chargePoint.value());
    }

    @Override
    public void connect(ChargePointId chargePoint, CentralSystemEndpoint endpoint, ConnectionListener listener) {
        Map<String, String> headers = endpoint.authorizationKey() == null ? Map.of()
                : Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (chargePoint.value() + ":" + endpoint.authorizationKey()).getBytes(StandardCharsets.UTF_8)));
        OcppConnection[] self = new OcppConnection[1];
        OcppConnection.Listener events = new OcppConnection.Listener() {
            @Override
            public void opened() {
                listener.connected();
            }

            @Override
            public void failed(String reason) {
                connections.remove(chargePoint, self[0]);
                listener.connectFailed(reason);
            }

            @Override
            public void closed(String reason) {
                connections.remove(chargePoint, self[0]);
                listener.disconnected(reason);
            }
        };
        self[0] = transport.connection(chargePoint, events, callHandler.forChargePoint(chargePoint));
        // Known before it opens: the first call (BootNotification) follows the opening at once.
        OcppConnection previous = connections.put(chargePoint, self[0]);
        if (previous != null) {
            previous.close();
        }
        self[0].pingInterval(endpoint.pingInterval());
        transport.open(self[0], urlOf(endpoint, chargePoint), headers, endpoint.tls());
    }

    @Override
    public void disconnect(ChargePointId chargePoint) {
        OcppConnection connection = connections.remove(chargePoint);
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public CompletionStage<BootResult> bootNotification(ChargePointId chargePoint, VendorInfo vendorInfo) {
        return call(chargePoint, Action.BOOT_NOTIFICATION, WireMapping.bootNotification(vendorInfo),
                BootNotificationConfirmation.class, WireMapping::bootResult);
    }

    @Override
    public CompletionStage<Instant> heartbeat(ChargePointId chargePoint) {
        return call(chargePoint, Action.HEARTBEAT, new HeartbeatRequest(), HeartbeatConfirmation.class,
                HeartbeatConfirmation::currentTime);
    }

    @Override
    public CompletionStage<Void> statusNotification(ChargePointId chargePoint, StatusReport report) {
        return call(chargePoint, Action.STATUS_NOTIFICATION, WireMapping.statusNotification(report),
                StatusNotificationConfirmation.class, conf -> null);
    }

    @Override
    public CompletionStage<IdTagInfo> authorize(ChargePointId chargePoint, IdTag idTag) {
        return call(chargePoint, Action.AUTHORIZE, new AuthorizeRequest(idTag.value()), AuthorizeConfirmation.class,
                conf -> WireMapping.idTagInfo(conf.idTagInfo()));
    }

    @Override
    public CompletionStage<TransactionStarted> startTransaction(ChargePointId chargePoint, TransactionStart start) {
        return call(chargePoint, Action.START_TRANSACTION, WireMapping.startTransaction(start),
                StartTransactionConfirmation.class, WireMapping::transactionStarted);
    }

    @Override
    public CompletionStage<Optional<IdTagInfo>> stopTransaction(ChargePointId chargePoint, TransactionStop stop) {
        return call(chargePoint, Action.STOP_TRANSACTION, WireMapping.stopTransaction(stop),
                StopTransactionConfirmation.class,
                conf -> Optional.ofNullable(conf.idTagInfo()).map(WireMapping::idTagInfo));
    }

    @Override
    public CompletionStage<Void> meterValues(ChargePointId chargePoint, MeterValues meterValues) {
        return call(chargePoint, Action.METER_VALUES, WireMapping.meterValues(meterValues),
                MeterValuesConfirmation.class, conf -> null);
    }

    @Override
    public CompletionStage<Void> firmwareStatusNotification(ChargePointId chargePoint, FirmwareStatus status) {
        return call(chargePoint, Action.FIRMWARE_STATUS_NOTIFICATION, new FirmwareStatusNotificationRequest(
                        io.ocppsim.adapter.ocpp.message.firmware.FirmwareStatus.valueOf(status.name())),
                FirmwareStatusNotificationConfirmation.class, conf -> null);
    }

    @Override
    public CompletionStage<Void> diagnosticsStatusNotification(ChargePointId chargePoint, DiagnosticsStatus status) {
        return call(chargePoint, Action.DIAGNOSTICS_STATUS_NOTIFICATION, new DiagnosticsStatusNotificationRequest(
                        io.ocppsim.adapter.ocpp.message.firmware.DiagnosticsStatus.valueOf(status.name())),
                DiagnosticsStatusNotificationConfirmation.class, conf -> null);
    }

    @Override
    public CompletionStage<DataTransferResult> dataTransfer(ChargePointId chargePoint, String vendorId,
            String messageId, String data) {
        return call(chargePoint, Action.DATA_TRANSFER, new DataTransferRequest(vendorId, messageId, data),
                DataTransferConfirmation.class, conf -> new DataTransferResult(
                        DataTransferStatus.valueOf(conf.status().name()), conf.data()));
    }

    @Override
    public void pingInterval(ChargePointId chargePoint, Duration interval) {
        OcppConnection connection = connections.get(chargePoint);
        if (connection != null) {
            connection.pingInterval(interval);
        }
    }

    private <C, R> CompletionStage<R> call(ChargePointId chargePoint, Action action, Object request,
            Class<C> confirmationType, Function<C, R> toResult) {
        OcppConnection connection = connections.get(chargePoint);
        if (connection == null) {
            return CompletableFuture.failedFuture(
                    new CentralSystemException.NotConnected("charge point " + chargePoint + " is not connected"));
        }
        return connection.call(action, codec.toPayload(request))
                .thenApply(payload -> read(action, payload, confirmationType, toResult));
    }

    private <C, R> R read(Action action, JsonNode payload, Class<C> type, Function<C, R> toResult) {
        try {
            return toResult.apply(codec.fromPayload(payload, type));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CentralSystemException.InvalidAnswer(
                    "cannot read the " + action.wireName() + " answer: " + e.getMessage());
        }
    }
}
