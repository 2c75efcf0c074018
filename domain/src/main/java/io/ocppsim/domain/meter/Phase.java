package io.ocppsim.domain.meter;

/** The phase a sampled value belongs to; {@link #label()} is the OCPP 1.6 spelling. */
public enum Phase {
    L1("L1"), L2("L2"), L3("L3"), N("N"), L1_N("L1-N"), L2_N("L2-N"), L3_N("L3-N"), L1_L2("L1-L2"),
    L2_L3("L2-L3"), L3_L1("L3-L1");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Phase {@code number} (1..3) itself: L1, L2 or L3, as currents are measured. */
    public static Phase line(int number) {
        return switch (number) {
            case 1 -> L1;
            case 2 -> L2;
            case 3 -> L3;
            default -> throw new IllegalArgumentException("phase " + number + " is not 1, 2 or 3");
        };
    }

    /** Phase {@code number} (1..3) against neutral: L1-N, L2-N or L3-N, as voltages are measured. */
    public static Phase lineToNeutral(int number) {
        return switch (number) {
            case 1 -> L1_N;
            case 2 -> L2_N;
            case 3 -> L3_N;
            default -> throw new IllegalArgumentException("phase " + number + " is not 1, 2 or 3");
        };
    }
}
