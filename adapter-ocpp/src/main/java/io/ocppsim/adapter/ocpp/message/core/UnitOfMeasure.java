package io.ocppsim.adapter.ocpp.message.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The unit of a {@link SampledValue}; absent on the wire means {@code Wh}. The official OCPP 1.6
 * JSON schema spells degrees Celsius {@code Celcius} (sic), and a strict Central System validates
 * against it: the constant keeps the correct name, so that the domain's units map by name, and is
 * written as the schema spells it.
 */
public enum UnitOfMeasure {
    Wh,
    kWh,
    varh,
    kvarh,
    W,
    kW,
    VA,
    kVA,
    var,
    kvar,
    A,
    V,
    K,
    @JsonProperty("Celcius") Celsius,
    Fahrenheit,
    Percent
}
