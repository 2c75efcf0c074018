package io.ocppsim.adapter.ocpp.message.remotetrigger;

/** The answer to TriggerMessage; when {@code Accepted} the requested message follows. */
public enum TriggerMessageStatus {
    Accepted, Rejected, NotImplemented
}
