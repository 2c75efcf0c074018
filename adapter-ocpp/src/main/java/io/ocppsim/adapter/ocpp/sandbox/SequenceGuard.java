package io.ocppsim.adapter.ocpp.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the OCPP 1.6 rule that a charge point sends no request but BootNotification until it is
 * Accepted, unless the Central System asked for it with a TriggerMessage. The registration is
 * remembered per charge point id across reconnects (a reconnect is not a reboot).
 */
final class SequenceGuard {

    private static final String BOOT = "BootNotification";

    private final Map<String, RegistrationStatus> registrations = new HashMap<>();
    private final Map<String, List<String>> triggered = new HashMap<>();

    synchronized void booted(String chargePointId, RegistrationStatus status) {
        registrations.put(chargePointId, status);
    }

    /** The charge point accepted a TriggerMessage: one {@code requestedMessage} may now be sent. */
    synchronized void triggered(String chargePointId, String requestedMessage) {
        triggered.computeIfAbsent(chargePointId, id -> new ArrayList<>()).add(requestedMessage);
    }

    /** The problem with the charge point sending {@code action} now, if any. */
    synchronized Optional<String> check(String chargePointId, String action) {
        RegistrationStatus status = registrations.get(chargePointId);
        if (BOOT.equals(action) || status == RegistrationStatus.Accepted) {
            return Optional.empty();
        }
        List<String> allowed = triggered.get(chargePointId);
        if (allowed != null && allowed.remove(action)) {
            return Optional.empty();
        }
        return Optional.of(action + (status == null
                ? " sent before any BootNotification was answered"
                : " sent while the registration is " + status + " (only BootNotification, or what a"
                        + " TriggerMessage requested, is allowed)"));
    }
}
