package io.ocppsim.adapter.ocpp.message.core;

/** DataTransfer.conf: the verdict and, optionally, the answer's data (text without a length limit). */
public record DataTransferConfirmation(DataTransferStatus status, String data) {
}
