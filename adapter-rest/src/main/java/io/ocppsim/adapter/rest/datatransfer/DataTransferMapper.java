package io.ocppsim.adapter.rest.datatransfer;

import io.ocppsim.application.port.in.SendDataTransferUseCase.DataTransferReply;
import org.mapstruct.Mapper;

/** Maps the Central System's answer to a DataTransfer to a response. */
@Mapper
public interface DataTransferMapper {

    DataTransferResponse toResponse(DataTransferReply reply);
}
