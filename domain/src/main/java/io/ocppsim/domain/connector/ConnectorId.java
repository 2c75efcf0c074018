package io.ocppsim.domain.connector;

import io.ocppsim.domain.common.InvalidValueException;

/**
 * A connector's number on its charge point. 0 stands for the charge point as a whole; physical
 * connectors count from 1 up to {@value #MAX}.
 */
public record ConnectorId(int value) implements Comparable<ConnectorId> {

    public static final int MAX = 100;
    public static final ConnectorId CHARGE_POINT = new ConnectorId(0);

    public ConnectorId {
        if (value < 0 || value > MAX) {
            throw new InvalidValueException("connectorId", "must be between 0 and " + MAX + ", was " + value);
        }
    }

    public static ConnectorId of(int value) {
        return new ConnectorId(value);
    }

    /** Whether this is connector 0, the charge point itself. */
    public boolean isChargePoint() {
        return value == 0;
    }

    @Override
    public int compareTo(ConnectorId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
