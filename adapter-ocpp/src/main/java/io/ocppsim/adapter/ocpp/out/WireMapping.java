package io.ocppsim.adapter.ocpp.out;

import io.ocppsim.adapter.ocpp.message.core.BootNotificationConfirmation;
import io.ocppsim.adapter.ocpp.message.core.BootNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.ChargePointErrorCode;
import io.ocppsim.adapter.ocpp.message.core.ChargePointStatus;
import io.ocppsim.adapter.ocpp.message.core.IdTagInfo;
import io.ocppsim.adapter.ocpp.message.core.MeterValue;
import io.ocppsim.adapter.ocpp.message.core.MeterValuesRequest;
import io.ocppsim.adapter.ocpp.message.core.Reason;
import io.ocppsim.adapter.ocpp.message.core.SampledValue;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionConfirmation;
import io.ocppsim.adapter.ocpp.message.core.StartTransactionRequest;
import io.ocppsim.adapter.ocpp.message.core.StatusNotificationRequest;
import io.ocppsim.adapter.ocpp.message.core.StopTransactionRequest;
import io.ocppsim.application.port.out.CentralSystemPort.BootResult;
import io.ocppsim.application.port.out.CentralSystemPort.MeterValues;
import io.ocppsim.application.port.out.CentralSystemPort.RegistrationStatus;
import io.ocppsim.application.port.out.CentralSystemPort.StatusReport;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStart;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStarted;
import io.ocppsim.application.port.out.CentralSystemPort.TransactionStop;
import io.ocppsim.domain.chargepoint.VendorInfo;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.meter.MeterSample;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.TransactionId;
import java.time.Duration;
import java.util.List;

/**
 * Between the application's records and the OCPP 1.6 payloads. Enumerations map by name: both
 * sides spell them as the specification does.
 */
final class WireMapping {

    private WireMapping() {
    }

    static BootNotificationRequest bootNotification(VendorInfo info) {
        return new BootNotificationRequest(info.chargePointVendor(), info.chargePointModel(),
                info.chargePointSerialNumber(), info.chargeBoxSerialNumber(), info.firmwareVersion(), info.iccid(),
                info.imsi(), info.meterType(), info.meterSerialNumber());
    }

    static BootResult bootResult(BootNotificationConfirmation conf) {
        return new BootResult(RegistrationStatus.valueOf(conf.status().name()), conf.currentTime(),
                Duration.ofSeconds(conf.interval()));
    }

    static StatusNotificationRequest statusNotification(StatusReport report) {
        return new StatusNotificationRequest(report.connectorId().value(),
                ChargePointErrorCode.valueOf(report.errorCode().name()), report.info(),
                ChargePointStatus.valueOf(report.status().name()), report.timestamp(), null,
                report.vendorErrorCode());
    }

    /** A parentIdTag the simulator cannot hold (blank, say) is left out: it only matters for reservations. */
    static io.ocppsim.domain.transaction.IdTagInfo idTagInfo(IdTagInfo wire) {
        IdTag parent = null;
        if (wire.parentIdTag() != null) {
            try {
                parent = IdTag.of(wire.parentIdTag());
            } catch (InvalidValueException unusable) {
                parent = null;
            }
        }
        return new io.ocppsim.domain.transaction.IdTagInfo(
                io.ocppsim.domain.transaction.AuthorizationStatus.valueOf(wire.status().name()), wire.expiryDate(),
                parent);
    }

    static StartTransactionRequest startTransaction(TransactionStart start) {
        return new StartTransactionRequest(start.connectorId().value(), start.idTag().value(),
                start.meterStart().wholeWattHours(), start.reservationId(), start.timestamp());
    }

    static TransactionStarted transactionStarted(StartTransactionConfirmation conf) {
        return new TransactionStarted(TransactionId.of(conf.transactionId()), idTagInfo(conf.idTagInfo()));
    }

    static StopTransactionRequest stopTransaction(TransactionStop stop) {
        return new StopTransactionRequest(stop.idTag() == null ? null : stop.idTag().value(),
                stop.meterStop().wholeWattHours(), stop.timestamp(), stop.transactionId().value(),
                Reason.valueOf(stop.reason().name()),
                stop.transactionData().isEmpty() ? null : meterValues(stop.transactionData()));
    }

    static MeterValuesRequest meterValues(MeterValues values) {
        return new MeterValuesRequest(values.connectorId().value(),
                values.transactionId() == null ? null : values.transactionId().value(), meterValues(values.samples()));
    }

    private static List<MeterValue> meterValues(List<MeterSample> samples) {
        return samples.stream().map(sample -> new MeterValue(sample.timestamp(), sample.values().stream()
                .map(v -> new SampledValue(v.value(), v.context().label(), null, v.measurand().label(),
                        v.phase() == null ? null : v.phase().label(),
                        v.location() == null ? null : v.location().label(),
                        v.unit() == null ? null : unit(v.unit())))
                .toList())).toList();
    }

    /** The unit as OCPP 1.6 spells it: the schema writes Celsius as "Celcius". */
    static String unit(io.ocppsim.domain.meter.UnitOfMeasure unit) {
        return unit == io.ocppsim.domain.meter.UnitOfMeasure.Celsius ? "Celcius" : unit.name();
    }
}
