package io.ocppsim.adapter.ocpp.message.smartcharging;

/** The answer to GetCompositeSchedule. */
public enum GetCompositeScheduleStatus {
    Accepted, Rejected
}
