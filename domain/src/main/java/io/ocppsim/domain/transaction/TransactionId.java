package io.ocppsim.domain.transaction;

/** The id the Central System gives a transaction in its answer to StartTransaction. */
public record TransactionId(int value) {

    public static TransactionId of(int value) {
        return new TransactionId(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
