package io.ocppsim.application.port.in.ocpp;

import java.util.Objects;

/**
 * A charge point's reply to a Central System request, and what it does once the reply has been
 * sent: a Central System must see "Accepted" before the reboot, the download or the triggered
 * message it asked for.
 *
 * @param answer what goes back in the CALLRESULT (null for a {@code Reply<Void>})
 * @param afterSent run by the adapter right after it sent the reply (also when sending failed)
 */
public record Reply<T>(T answer, Runnable afterSent) {

    private static final Runnable NOTHING = () -> { };

    public Reply {
        Objects.requireNonNull(afterSent, "afterSent");
    }

    public static <T> Reply<T> of(T answer) {
        return new Reply<>(answer, NOTHING);
    }

    public static <T> Reply<T> of(T answer, Runnable afterSent) {
        return new Reply<>(answer, afterSent);
    }
}
