package io.ocppsim.application.port.in;

import io.ocppsim.domain.chargepoint.ChargePointId;
import io.ocppsim.domain.common.Checks;
import java.util.concurrent.CompletionStage;

/** Sends a DataTransfer from the charge point to its Central System and answers what it replied. */
public interface SendDataTransferUseCase {

    /** DataTransfer.req: vendorId (at most 255 characters), optional messageId (50) and data. */
    record DataTransferCommand(ChargePointId chargePoint, String vendorId, String messageId, String data) {
        public DataTransferCommand {
            Checks.required("chargePointId", chargePoint);
            vendorId = Checks.text("vendor_id", vendorId, 255);
            messageId = Checks.optionalText("message_id", messageId, 50);
        }
    }

    /** The Central System's answer: Accepted, Rejected, UnknownMessageId or UnknownVendorId, and its data. */
    record DataTransferReply(String status, String data) {
    }

    /** Fails with a {@link RefusedException} when the charge point is not online or gets no answer. */
    CompletionStage<DataTransferReply> sendDataTransfer(DataTransferCommand command);
}
