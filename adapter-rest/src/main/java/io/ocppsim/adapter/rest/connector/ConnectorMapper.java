package io.ocppsim.adapter.rest.connector;

import io.ocppsim.application.port.in.ConnectorView.ReservationView;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.FaultView;
import io.ocppsim.application.port.in.TransactionView;
import java.util.List;
import org.mapstruct.Mapper;

/** Maps the connector views of the application to responses; enums by their names. */
@Mapper
public interface ConnectorMapper {

    ConnectorResponse toResponse(ConnectorView view);

    List<ConnectorResponse> toResponses(List<ConnectorView> views);

    TransactionResponse toResponse(TransactionView view);

    FaultResponse toResponse(FaultView view);

    ReservationResponse toResponse(ReservationView view);
}
