package io.ocppsim.adapter.rest.configuration;

import io.ocppsim.application.port.in.GetConfigurationUseCase.ConfigurationKeyView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the configuration keys of the application to responses. */
@Mapper
public interface ConfigurationMapper {

    @Mapping(target = "readonly", source = "readOnly")
    ConfigurationKeyResponse toResponse(ConfigurationKeyView view);

    List<ConfigurationKeyResponse> toResponses(List<ConfigurationKeyView> views);
}
