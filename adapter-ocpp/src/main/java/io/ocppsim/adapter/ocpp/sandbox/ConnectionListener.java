package io.ocppsim.adapter.ocpp.sandbox;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.Optional;

/**
 * The WebSocket of one charge point (Helidon makes one listener per connection): negotiates
 * {@code ocpp1.6}, checks HTTP Basic auth when a password is configured (see {@link UpgradeCheck}),
 * hands whole text messages to the {@link MessageRouter}, and answers and counts WebSocket pings.
 */
final class ConnectionListener implements WsListener {

    private static final Logger LOG = System.getLogger(ConnectionListener.class.getPackageName());

    private final MessageRouter router;
    private final Behaviour behaviour;
    private volatile ChargePointConnection connection;

    ConnectionListener(MessageRouter router, Behaviour behaviour) {
        this.router = router;
        this.behaviour = behaviour;
    }

    /**
     * Accepts or refuses the upgrade. The sandbox's HTTP filter, which Helidon runs before this, has
     * already refused what is wrong with the fitting status (401 or 400); checking again here keeps
     * every refused upgrade out even without it (Helidon then answers 400).
     */
    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) throws WsUpgradeException {
        Optional<UpgradeCheck.Refusal> refusal = UpgradeCheck.refusal(prologue, headers, behaviour);
        if (refusal.isPresent()) {
            LOG.log(Level.INFO, "Refused WebSocket upgrade of {0}: {1}", prologue.uriPath().path(),
                    refusal.get().reason());
            throw new WsUpgradeException(refusal.get().reason());
        }
        return Optional.of(WritableHeaders.create().set(WsUpgrader.PROTOCOL, UpgradeCheck.SUBPROTOCOL));
    }

    @Override
    public void onOpen(WsSession session) {
        connection = router.opened(UpgradeCheck.chargePointId(session.prologue()), session);
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        ChargePointConnection current = connection;
        current.assemble(text, last).ifPresent(message -> router.received(current, message));
    }

    /** Answers with a pong carrying the same data, as RFC 6455 asks, and counts the ping. */
    @Override
    public void onPing(WsSession session, BufferData buffer) {
        ChargePointConnection current = connection;
        try {
            session.pong(BufferData.create(buffer.readBytes()));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Cannot answer a ping: " + e);
        }
        if (current != null) {
            router.pinged(current);
        }
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        ChargePointConnection current = connection;
        if (current != null) {
            router.closed(current, "closed by the charge point with " + status + " " + reason);
        }
    }

    @Override
    public void onError(WsSession session, Throwable error) {
        ChargePointConnection current = connection;
        LOG.log(Level.DEBUG, () -> "WebSocket error" + (current == null ? "" : " of " + current.chargePointId()),
                error);
        if (current != null) {
            router.closed(current, "error: " + error);
        }
    }
}
