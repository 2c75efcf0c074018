package io.ocppsim.adapter.ocpp.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The knobs tests turn on the sandbox; safe to change from any thread at any time. */
final class Behaviour {

    static final int DEFAULT_INTERVAL = 300;

    /** The BootNotification answer. */
    record BootAnswer(RegistrationStatus status, int interval) {
        BootAnswer {
            Objects.requireNonNull(status, "status");
            if (interval < 0) {
                throw new IllegalArgumentException("interval must not be negative: " + interval);
            }
        }
    }

    /** How to react to an action instead of answering it normally. */
    sealed interface Reaction permits Reaction.Silence, Reaction.Fail {

        /** Do not answer at all. */
        record Silence() implements Reaction {
        }

        /** Answer with a CALLERROR. */
        record Fail(ErrorCode code, String description) implements Reaction {
            public Fail {
                Objects.requireNonNull(code, "code");
                Objects.requireNonNull(description, "description");
            }
        }
    }

    private volatile BootAnswer boot = new BootAnswer(RegistrationStatus.Accepted, DEFAULT_INTERVAL);
    private final Map<String, AuthorizationStatus> idTags = new ConcurrentHashMap<>();
    private final Map<String, Reaction> reactions = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    BootAnswer boot() {
        return boot;
    }

    void boot(BootAnswer answer) {
        boot = Objects.requireNonNull(answer, "answer");
    }

    /** idTags are CiString20: compared ignoring case. */
    AuthorizationStatus idTagStatus(String idTag) {
        return idTags.getOrDefault(idTag.toLowerCase(Locale.ROOT), AuthorizationStatus.Accepted);
    }

    void idTagStatus(String idTag, AuthorizationStatus status) {
        idTags.put(idTag.toLowerCase(Locale.ROOT), Objects.requireNonNull(status, "status"));
    }

    Optional<Reaction> reaction(String action) {
        return Optional.ofNullable(reactions.get(action));
    }

    void reaction(String action, Reaction reaction) {
        reactions.put(requireKnown(action), reaction);
    }

    void answerNormally(String action) {
        reactions.remove(action);
    }

    Optional<String> password(String chargePointId) {
        return Optional.ofNullable(passwords.get(chargePointId));
    }

    void password(String chargePointId, String password) {
        passwords.put(Objects.requireNonNull(chargePointId, "chargePointId"),
                Objects.requireNonNull(password, "password"));
    }

    private static String requireKnown(String action) {
        if (!OcppSchemas.CHARGE_POINT_ACTIONS.contains(action)) {
            throw new IllegalArgumentException(action + " is not an action a charge point initiates");
        }
        return action;
    }
}
