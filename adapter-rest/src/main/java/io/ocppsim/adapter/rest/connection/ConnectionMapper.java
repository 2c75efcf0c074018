package io.ocppsim.adapter.rest.connection;

import io.ocppsim.application.port.in.ConnectionView;
import org.mapstruct.Mapper;

/** Maps the application's connection view to a response. */
@Mapper
public interface ConnectionMapper {

    ConnectionResponse toResponse(ConnectionView view);
}
