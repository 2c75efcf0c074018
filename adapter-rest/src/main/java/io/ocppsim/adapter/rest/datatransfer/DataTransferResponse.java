package io.ocppsim.adapter.rest.datatransfer;

/**
 * What the Central System answered to a DataTransfer.
 *
 * @param status Accepted, Rejected, UnknownMessageId or UnknownVendorId, as OCPP 1.6 spells them
 * @param data the data of its answer, or null when it sent none
 */
public record DataTransferResponse(String status, String data) {
}
