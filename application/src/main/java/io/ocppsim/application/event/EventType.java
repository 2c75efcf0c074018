package io.ocppsim.application.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of simulator event; {@link #label()} is the name used in the API and the event stream. */
public enum EventType {
    CONNECTOR_PLUGGED_IN("connector_plugged_in"),
    CONNECTOR_UNPLUGGED("connector_unplugged"),
    STATUS_CHANGED("status_changed"),
    ID_TAG_AUTHORIZED("id_tag_authorized"),
    AUTHORIZATION_REJECTED("authorization_rejected"),
    AUTHORIZATION_EXPIRED("authorization_expired"),
    TRANSACTION_STARTED("transaction_started"),
    TRANSACTION_STOPPED("transaction_stopped"),
    FAULT_INJECTED("fault_injected"),
    FAULT_CLEARED("fault_cleared"),
    RESERVATION_MADE("reservation_made"),
    RESERVATION_ENDED("reservation_ended"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    CONNECTION_FAILED("connection_failed"),
    DISCONNECTED("disconnected"),
    REGISTRATION_CHANGED("registration_changed"),
    OCPP_MESSAGE_SENT("ocpp_message_sent"),
    OCPP_MESSAGE_RECEIVED("ocpp_message_received"),
    CENTRAL_SYSTEM_CALL_FAILED("central_system_call_failed"),
    CENTRAL_SYSTEM_REQUEST("central_system_request"),
    CONFIGURATION_CHANGED("configuration_changed"),
    REBOOTING("rebooting"),
    FIRMWARE_STATUS("firmware_status"),
    DIAGNOSTICS_STATUS("diagnostics_status"),
    CHARGING_PROFILE_CHANGED("charging_profile_changed"),
    LOCAL_LIST_UPDATED("local_list_updated");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EventType> byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label)).findFirst();
    }
}
