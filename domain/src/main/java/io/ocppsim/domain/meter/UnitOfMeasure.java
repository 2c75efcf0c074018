package io.ocppsim.domain.meter;

/** The units OCPP 1.6 knows, spelled as in the specification. */
public enum UnitOfMeasure {
    Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, Celsius, Fahrenheit, K, Percent
}
