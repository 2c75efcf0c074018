package io.ocppsim.application.port.in;

/** Where a charge point's connection to its Central System stands. */
public enum ConnectionState {
    /** Not connected, and not trying to be (never started, or disconnected on request). */
    DISCONNECTED,
    /** Opening the WebSocket. */
    CONNECTING,
    /** The WebSocket is open; see the registration for what the Central System made of the boot. */
    CONNECTED,
    /** The connection failed or dropped; a new attempt is scheduled. */
    WAITING_TO_RECONNECT
}
