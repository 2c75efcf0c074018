package io.ocppsim.domain.authorization;

/** How a SendLocalList update applies to the Local Authorization List, spelled as in OCPP 1.6. */
public enum UpdateType {
    /** The entries sent replace the whole list. */
    Full,
    /** The entries sent are changes: those with an idTagInfo are added or updated, those without are removed. */
    Differential
}
