package io.ocppsim.adapter.ocpp.message.core;

/** The answer to DataTransfer; the receiver says which of vendor or message it does not know. */
public enum DataTransferStatus {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
