package io.ocppsim.adapter.ocpp.message.localauth;

/** How SendLocalList changes the local authorization list: replace it, or apply the entries to it. */
public enum UpdateType {
    Differential, Full
}
