package io.ocppsim.adapter.ocpp.message.core;

/** Which reset the Central System asks for. */
public enum ResetType {
    Hard, Soft
}
