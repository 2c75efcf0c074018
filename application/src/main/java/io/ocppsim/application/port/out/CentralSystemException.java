package io.ocppsim.application.port.out;

import java.time.Duration;

/**
 * Why a call to the Central System did not bring an answer. The futures of
 * {@link CentralSystemPort} fail with one of these.
 */
public abstract sealed class CentralSystemException extends RuntimeException {

    protected CentralSystemException(String message) {
        super(message, null, false, false);
    }

    /** There is no open connection to send the call on, or it closed before the answer came. */
    public static final class NotConnected extends CentralSystemException {
        public NotConnected(String message) {
            super(message);
        }
    }

    /** The Central System did not answer within the call timeout. */
    public static final class TimedOut extends CentralSystemException {
        public TimedOut(String action, Duration timeout) {
            super("no answer to " + action + " within " + timeout.toSeconds() + " s");
        }
    }

    /** The Central System answered with a CALLERROR. */
    public static final class CallError extends CentralSystemException {
        private final String errorCode;
        private final String errorDescription;

        public CallError(String action, String errorCode, String errorDescription) {
            super(action + " answered with CALLERROR " + errorCode
                    + (errorDescription == null || errorDescription.isEmpty() ? "" : ": " + errorDescription));
            this.errorCode = errorCode;
            this.errorDescription = errorDescription;
        }

        public String errorCode() {
            return errorCode;
        }

        public String errorDescription() {
            return errorDescription;
        }
    }

    /** The Central System's answer could not be understood (not valid for the action). */
    public static final class InvalidAnswer extends CentralSystemException {
        public InvalidAnswer(String message) {
            super(message);
        }
    }
}
