package io.ocppsim.adapter.ocpp.sandbox;

/** Which way a frame travelled, seen from the Central System. */
public enum Direction {
    /** From the charge point to the Central System. */
    IN,
    /** From the Central System to the charge point. */
    OUT
}
