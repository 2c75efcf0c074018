package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/**
 * BootNotification.conf: the registration verdict, the Central System's time and the interval in
 * seconds (the heartbeat interval when accepted, else the wait before the next BootNotification).
 * All three are required.
 */
public record BootNotificationConfirmation(Instant currentTime, Integer interval, RegistrationStatus status) {
}
