package io.ocppsim.adapter.ocpp.message.localauth;

/** SendLocalList.conf: whether the list was updated. */
public record SendLocalListConfirmation(UpdateStatus status) {
}
