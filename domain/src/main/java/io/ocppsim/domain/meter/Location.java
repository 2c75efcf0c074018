package io.ocppsim.domain.meter;

/** Where a value was measured; {@link #label()} is the OCPP 1.6 spelling. */
public enum Location {
    BODY("Body"), CABLE("Cable"), EV("EV"), INLET("Inlet"), OUTLET("Outlet");

    private final String label;

    Location(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
