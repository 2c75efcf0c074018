package io.ocppsim.application.port.out;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.connector.ConnectorId;
import io.ocppsim.domain.connector.ConnectorStatus;
import io.ocppsim.domain.fault.ChargePointErrorCode;
import io.ocppsim.domain.meter.Energy;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import io.ocppsim.domain.transaction.StopReason;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The Central System, as the charge points see it: a connection per charge point, and one typed
 * call per message a charge point sends. Calls return at once; their answers arrive through the
 * returned stage, which fails with a {@link CentralSystemException} when no answer comes. The
 * implementation sends the calls of one charge point one at a time, in the order they were made.
 */
public interface CentralSystemPort {

    /**
     * Opens the connection of a charge point. The outcome, and later the loss of the connection,
     * arrive at {@code listener}; the implementation does not reconnect by itself.
     */
    void connect(ChargePointId chargePoint, CentralSystemEndpoint endpoint, ConnectionListener listener);

    /** Closes the connection of a charge point, if open; the listener hears nothing more. */
    void disconnect(ChargePointId chargePoint);

    CompletionStage<BootResult> bootNotification(ChargePointId chargePoint, VendorInfo vendorInfo);

    /** Answers the Central System's current time. */
    CompletionStage<Instant> heartbeat(ChargePointId chargePoint);

    CompletionStage<Void> statusNotification(ChargePointId chargePoint, StatusReport report);

    CompletionStage<IdTagInfo> authorize(ChargePointId chargePoint, IdTag idTag);

    CompletionStage<TransactionStarted> startTransaction(ChargePointId chargePoint, TransactionStart start);

    /** Answers the idTagInfo, when the Central System sent one. */
    CompletionStage<Optional<IdTagInfo>> stopTransaction(ChargePointId chargePoint, TransactionStop stop);

    CompletionStage<Void> meterValues(ChargePointId chargePoint, MeterValues meterValues);

    CompletionStage<Void> firmwareStatusNotification(ChargePointId chargePoint, FirmwareStatus status);

    CompletionStage<Void> diagnosticsStatusNotification(ChargePointId chargePoint, DiagnosticsStatus status);

    /** A DataTransfer the charge point initiates; {@code messageId} and {@code data} may be null. */
    CompletionStage<DataTransferResult> dataTransfer(ChargePointId chargePoint, String vendorId, String messageId,
            String data);

    /** Changes the WebSocketPingInterval of the open connection, and of later ones; zero stops pinging. */
    void pingInterval(ChargePointId chargePoint, Duration interval);

    /** FirmwareStatusNotification's statuses, spelled as on the wire. */
    enum FirmwareStatus {
        Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing, Installed
    }

    /** DiagnosticsStatusNotification's statuses, spelled as on the wire. */
    enum DiagnosticsStatus {
        Idle, Uploaded, UploadFailed, Uploading
    }

    /** DataTransfer's statuses, spelled as on the wire. */
    enum DataTransferStatus {
        Accepted, Rejected, UnknownMessageId, UnknownVendorId
    }

    /** The Central System's answer to a DataTransfer; {@code data} null when it sent none. */
    record DataTransferResult(DataTransferStatus status, String data) {
        public DataTransferResult {
            Objects.requireNonNull(status, "status");
        }
    }

    /** Hears what becomes of a charge point's connection. Called from the transport's threads. */
    interface ConnectionListener {

        /** The connection is open. */
        void connected();

        /** The connection could not be opened. */
        void connectFailed(String reason);

        /** The open connection closed, from either side or by a network failure. */
        void disconnected(String reason);
    }

    /** The Central System's registration verdict in its answer to BootNotification. */
    enum RegistrationStatus {
        Accepted,
        Pending,
        Rejected
    }

    record BootResult(RegistrationStatus status, Instant currentTime, Duration interval) {
        public BootResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(currentTime, "currentTime");
            Objects.requireNonNull(interval, "interval");
        }
    }

    record StatusReport(ConnectorId connectorId, ConnectorStatus status, ChargePointErrorCode errorCode, String info,
            String vendorErrorCode, Instant timestamp) {
        public StatusReport {
            Objects.requireNonNull(connectorId, "connectorId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    record TransactionStart(ConnectorId connectorId, IdTag idTag, Energy meterStart, Instant timestamp,
            Integer reservationId) {
        public TransactionStart {
            Objects.requireNonNull(connectorId, "connectorId");
            Objects.requireNonNull(idTag, "idTag");
            Objects.requireNonNull(meterStart, "meterStart");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    record TransactionStarted(TransactionId transactionId, IdTagInfo idTagInfo) {
        public TransactionStarted {
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(idTagInfo, "idTagInfo");
        }
    }

    record TransactionStop(TransactionId transactionId, IdTag idTag, Energy meterStop, Instant timestamp,
            StopReason reason, List<MeterSample> transactionData) {
        public TransactionStop {
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(meterStop, "meterStop");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(reason, "reason");
            transactionData = List.copyOf(transactionData);
        }
    }

    /** Meter values of a connector; {@code transactionId} is null outside a transaction. */
    record MeterValues(ConnectorId connectorId, TransactionId transactionId, List<MeterSample> samples) {
        public MeterValues {
            Objects.requireNonNull(connectorId, "connectorId");
            samples = List.copyOf(samples);
        }
    }
}
