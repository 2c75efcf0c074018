package io.ocppsim.domain.meter;

/** Why a value was sampled; {@link #label()} is the OCPP 1.6 spelling. */
public enum ReadingContext {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    OTHER("Other"),
    SAMPLE_CLOCK("Sample.Clock"),
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger");

    private final String label;

    ReadingContext(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
