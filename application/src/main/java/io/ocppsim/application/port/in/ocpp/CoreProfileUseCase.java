package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationChange;
import io.ocppsim.domain.configuration.OcppConfiguration.ConfigurationReport;
import io.ocppsim.domain.smartcharging.ChargingProfile;
import io.ocppsim.domain.transaction.IdTag;
import java.util.List;
import java.util.Objects;

/** The Core profile's requests of a Central System. */
public interface CoreProfileUseCase {

    enum AvailabilityType { Inoperative, Operative }

    enum AvailabilityStatus { Accepted, Rejected, Scheduled }

    enum ClearCacheStatus { Accepted, Rejected }

    enum RemoteStartStopStatus { Accepted, Rejected }

    enum ResetType { Hard, Soft }

    enum ResetStatus { Accepted, Rejected }

    enum UnlockStatus { Unlocked, UnlockFailed, NotSupported }

    enum DataTransferStatus { Accepted, Rejected, UnknownMessageId, UnknownVendorId }

    /** The answer to DataTransfer; {@code data} is null when there is none. */
    record DataTransferAnswer(DataTransferStatus status, String data) {
        public DataTransferAnswer {
            Objects.requireNonNull(status, "status");
        }
    }

    /** RemoteStartTransaction: {@code connectorId} null lets the charge point choose; {@code chargingProfile} a TxProfile or null. */
    record RemoteStart(IdTag idTag, Integer connectorId, ChargingProfile chargingProfile) {
        public RemoteStart {
            Objects.requireNonNull(idTag, "idTag");
        }
    }

    Reply<AvailabilityStatus> changeAvailability(ChargePointId chargePoint, int connectorId, AvailabilityType type);

    Reply<ConfigurationChange> changeConfiguration(ChargePointId chargePoint, String key, String value);

    /** Every key when {@code keys} is empty; at most GetConfigurationMaxKeys keys may be asked for. */
    Reply<ConfigurationReport> getConfiguration(ChargePointId chargePoint, List<String> keys);

    Reply<ClearCacheStatus> clearCache(ChargePointId chargePoint);

    Reply<DataTransferAnswer> dataTransfer(ChargePointId chargePoint, String vendorId, String messageId, String data);

    Reply<RemoteStartStopStatus> remoteStartTransaction(ChargePointId chargePoint, RemoteStart request);

    Reply<RemoteStartStopStatus> remoteStopTransaction(ChargePointId chargePoint, int transactionId);

    Reply<ResetStatus> reset(ChargePointId chargePoint, ResetType type);

    Reply<UnlockStatus> unlockConnector(ChargePointId chargePoint, int connectorId);
}
