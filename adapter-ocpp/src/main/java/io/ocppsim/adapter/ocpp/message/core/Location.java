package io.ocppsim.adapter.ocpp.message.core;

/** Where a {@link SampledValue} was measured; absent on the wire means {@code Outlet}. */
public enum Location {
    Cable, EV, Inlet, Outlet, Body
}
