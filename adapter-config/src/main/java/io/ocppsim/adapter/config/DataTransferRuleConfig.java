package io.ocppsim.adapter.config;

import io.ocppsim.application.port.in.ChargePointSettings.DataTransferRule;
import io.ocppsim.application.port.in.ocpp.CoreProfileUseCase.DataTransferStatus;
import java.util.Optional;

/**
 * One {@code [[simulator.data_transfer]]} table: how the charge point answers a DataTransfer
 * request of the Central System. The rules are tried in file order and the first that matches
 * answers; when none does the answer is UnknownVendorId, or UnknownMessageId when a rule names the
 * vendor but none the message.
 *
 * @param vendorId the vendorId it answers, exactly; 1 to 255 characters
 * @param messageId the messageId it answers, exactly, 1 to 50 characters; empty: every message of
 *     the vendor
 * @param status the answer's status
 * @param data the answer's data; empty: none
 */
public record DataTransferRuleConfig(String vendorId, Optional<String> messageId, DataTransferStatus status,
        Optional<String> data) {

    public DataTransferRuleConfig {
        vendorId = ConfigRules.vendorId(vendorId);
        messageId = ConfigRules.required(ConfigKey.MESSAGE_ID, messageId).map(ConfigRules::messageId);
        ConfigRules.required(ConfigKey.STATUS, status);
        ConfigRules.required(ConfigKey.DATA, data);
    }

    /** A rule answering every message of {@code vendorId} with {@code status} and no data. */
    public static DataTransferRuleConfig of(String vendorId, DataTransferStatus status) {
        return new DataTransferRuleConfig(vendorId, Optional.empty(), status, Optional.empty());
    }

    /** Whether a request this rule answers is always answered by {@code earlier} first. */
    boolean isShadowedBy(DataTransferRuleConfig earlier) {
        return earlier.vendorId.equals(vendorId)
                && (earlier.messageId.isEmpty() || earlier.messageId.equals(messageId));
    }

    /** The application's view. */
    public DataTransferRule toRule() {
        return new DataTransferRule(vendorId, messageId.orElse(null), status, data.orElse(null));
    }
}
