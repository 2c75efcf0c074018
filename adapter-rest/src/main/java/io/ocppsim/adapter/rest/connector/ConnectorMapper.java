package io.ocppsim.adapter.rest.connector;

import io.ocppsim.application.port.in.ConnectorView.EvView;
import io.ocppsim.application.port.in.ConnectorView.MeterView;
import io.ocppsim.application.port.in.ConnectorView.ReservationView;
import io.ocppsim.application.port.in.ConnectorView;
import io.ocppsim.application.port.in.EvOverrides;
import io.ocppsim.application.port.in.FaultView;
import io.ocppsim.application.port.in.TransactionView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps the connector views of the application to responses, enums by their names, and the body of
 * a plug-in to the EV's overrides.
 */
@Mapper
public interface ConnectorMapper {

    ConnectorResponse toResponse(ConnectorView view);

    List<ConnectorResponse> toResponses(List<ConnectorView> views);

    TransactionResponse toResponse(TransactionView view);

    FaultResponse toResponse(FaultView view);

    ReservationResponse toResponse(ReservationView view);

    MeterResponse toResponse(MeterView view);

    EvResponse toResponse(EvView view);

    @Mapping(target = "socPercent", source = "soc")
    @Mapping(target = "targetSocPercent", source = "targetSoc")
    EvOverrides toOverrides(PlugInRequest request);
}
