package io.ocppsim.adapter.ocpp.message.core;

import java.time.Instant;

/** BootNotification.conf: the registration verdict, the Central System's time and the interval. */
public record BootNotificationConfirmation(Instant currentTime, Integer interval, RegistrationStatus status) {
}
